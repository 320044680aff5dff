/** CSV cells as workspace files write them: quoted when needed, lists joined by `;`, formula triggers neutralised. */

// A spreadsheet treats a cell that starts with one of these as a formula: written with a leading apostrophe.
const FORMULA = /^[=+@\t\r]/;

/**
 * One CSV cell for a value: numbers and booleans as written, lists of scalars joined with `;`, objects as JSON,
 * text starting with `=`, `+`, `@`, tab or carriage return prefixed with `'` so that spreadsheets show it as text
 * (the workspace's CSV reader removes that apostrophe again).
 * @example
 * csvCell(['urn:a', 'urn:b']); // 'urn:a;urn:b'
 * csvCell('=SUM(A1)'); // "'=SUM(A1)"
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text: string;
  if (typeof value === 'string') text = FORMULA.test(value) ? `'${value}` : value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
    text = value.map((v) => String(v ?? '')).join(';');
  else text = JSON.stringify(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Undoes the apostrophe {@link csvCell} puts before a formula trigger. */
export function uncsvCell(cell: string): string {
  return cell.length > 1 && cell.charCodeAt(0) === 0x27 && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}
