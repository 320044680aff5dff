/** How a record's source is written in human-readable output: `file:line`, `file[index]`, `file:line[index]`. */
import type { RecordSource } from '../types';

/** Renders a record source as `file:line[index]` (parts that are absent are left out). */
export function formatSource(source: RecordSource): string {
  const file = source.file ?? '';
  const line = source.line === undefined ? '' : `:${source.line}`;
  const index = source.index === undefined ? '' : `[${source.index}]`;
  return `${file}${line}${index}` || '(record)';
}
