/** The dashboard's data, computed at build time by scripts/computeData.ts and bundled (works offline). */
import data from '../.generated/dashboard-data.json';
import type { DashboardData } from './viewModel';

/** Returns the bundled dashboard data. */
export function loadDashboardData(): DashboardData {
  return data as unknown as DashboardData;
}
