/**
 * CSV for spreadsheets: RFC 4180 quoting, a UTF-8 BOM so Excel reads Chinese correctly, and
 * cells that start with = + - @ (or a tab/CR) prefixed with ' so they are never run as
 * formulas ("CSV injection").
 */
export const BOM = '\uFEFF';

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
