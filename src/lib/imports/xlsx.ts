/**
 * The first worksheet of an XLSX file as a table of strings, read from the zip under caps
 * (./zip.ts) and scanned once, without building a workbook model: exceljs's `load` holds the
 * whole inflated workbook and its object model at once, which is how a zip bomb ran the
 * server out of memory (issue #14). Caps: inflated bytes, rows and columns.
 *
 * Cell values as exceljs gave them before: shared, inline and formula strings as text,
 * numbers as JavaScript prints them, booleans as `true`/`false`, errors empty, and numbers
 * in a date format as `YYYY-MM-DD`.
 */
import { readZip, type ZipRefusal } from './zip.ts';

export const XLSX_LIMITS = {
  /** Inflated bytes of the parts read; a 5,000-row file of long opinions needs about 10 MB. */
  maxTotalBytes: 32 * 1024 * 1024,
  maxEntries: 1000,
  maxRatio: 200,
  /** Columns read per row: the template has 13. */
  maxColumns: 64,
  /** Spreadsheet rows (row numbers, blank rows included). */
  maxRowNumber: 100_000,
};

export type SheetRead =
  | { ok: true; table: string[][] }
  | {
      ok: false;
      reason: ZipRefusal | 'no-sheet' | 'too-many-rows' | 'too-many-columns';
      limit?: number;
    };

/** `maxRows`: rows with content, the header included, after which reading stops. */
export function readFirstSheet(bytes: Uint8Array, maxRows: number): SheetRead {
  const zip = readZip(
    bytes,
    (name) =>
      /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(
        name,
      ),
    XLSX_LIMITS,
  );
  if (!zip.ok) return zip;
  const text = (name: string) => zip.entries.get(name)?.toString('utf8') ?? '';
  const sheetPath = firstSheetPath(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  const sheet = sheetPath ? zip.entries.get(sheetPath) : undefined;
  if (!sheet) return { ok: false, reason: 'no-sheet' };
  const styles = dateStyles(text('xl/styles.xml'));
  const epoch = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(
    text('xl/workbook.xml'),
  )
    ? DAY_1904
    : DAY_1900;
  return sheetTable(
    sheet.toString('utf8'),
    sharedStrings(text('xl/sharedStrings.xml')),
    styles,
    epoch,
    maxRows,
  );
}

interface Tag {
  name: string;
  close: boolean;
  selfClosing: boolean;
  attrs: Record<string, string>;
}

/** Tags and text of machine-written XML, in order; linear in the input. */
function* scan(xml: string): Generator<Tag | string> {
  const token = /<([^>]*)>|([^<]+)/g;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    if (m[2] !== undefined) {
      yield decodeEntities(m[2]);
      continue;
    }
    const inner = m[1]!;
    if (inner.startsWith('?') || inner.startsWith('!')) continue;
    const close = inner.startsWith('/');
    const selfClosing = inner.endsWith('/');
    const name = /^\/?\s*([^\s/>]+)/.exec(inner)?.[1]?.replace(/^[\w.-]+:/, '') ?? '';
    const attrs: Record<string, string> = {};
    for (const a of inner.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
      attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
    yield { name, close, selfClosing, attrs };
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? whole;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function firstSheetPath(workbook: string, rels: string): string | null {
  let id: string | null = null;
  for (const t of scan(workbook)) {
    if (typeof t !== 'string' && t.name === 'sheet' && !t.close) {
      id = t.attrs['r:id'] ?? Object.entries(t.attrs).find(([k]) => k.endsWith(':id'))?.[1] ?? null;
      break;
    }
  }
  if (!id) return null;
  for (const t of scan(rels)) {
    if (typeof t !== 'string' && t.name === 'Relationship' && t.attrs['Id'] === id) {
      const target = t.attrs['Target'] ?? '';
      return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    }
  }
  return null;
}

function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  for (const t of scan(xml)) {
    if (typeof t === 'string') {
      if (current && inText && phonetic === 0) current.push(t);
    } else if (t.name === 'si') {
      if (t.close) strings.push((current ?? []).join(''));
      current = t.close ? null : [];
      if (t.selfClosing) strings.push('');
    } else if (t.name === 'rPh') phonetic += t.close ? -1 : t.selfClosing ? 0 : 1;
    else if (t.name === 't') inText = !t.close && !t.selfClosing;
  }
  return strings;
}

/** Built-in number formats that show dates (ECMA-376 18.8.30, with the CJK ones). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** The indexes of the cell formats (`s` of a cell) that show a date. */
function dateStyles(xml: string): Set<number> {
  const custom = new Map<number, string>();
  const dates = new Set<number>();
  let inCellXfs = false;
  let xf = 0;
  for (const t of scan(xml)) {
    if (typeof t === 'string') continue;
    if (t.name === 'numFmt' && !t.close)
      custom.set(Number(t.attrs['numFmtId']), t.attrs['formatCode'] ?? '');
    else if (t.name === 'cellXfs') inCellXfs = !t.close && !t.selfClosing;
    else if (t.name === 'xf' && inCellXfs && !t.close) {
      const id = Number(t.attrs['numFmtId'] ?? 0);
      const code = custom.get(id);
      if (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id)) dates.add(xf);
      xf++;
    }
  }
  return dates;
}

function isDateFormat(code: string): boolean {
  return /[ymdhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

const DAY_1900 = Date.UTC(1899, 11, 30);
const DAY_1904 = Date.UTC(1904, 0, 1);

function columnIndex(ref: string | undefined, fallback: number): number {
  const letters = ref ? /^([A-Z]+)/i.exec(ref)?.[1] : undefined;
  if (!letters) return fallback;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function sheetTable(
  xml: string,
  strings: string[],
  dates: Set<number>,
  epoch: number,
  maxRows: number,
): SheetRead {
  const table: string[][] = [];
  let withContent = 0;
  let row: string[] | null = null;
  let rowNumber = 0;
  let cell: {
    column: number;
    type: string;
    style: number;
    value: string[];
    inline: boolean;
  } | null = null;
  let reading: 'v' | 't' | null = null;
  for (const t of scan(xml)) {
    if (typeof t === 'string') {
      if (cell && reading) cell.value.push(t);
      continue;
    }
    if (t.name === 'row') {
      if (!t.close) {
        rowNumber = t.attrs['r'] ? Number(t.attrs['r']) : rowNumber + 1;
        if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > XLSX_LIMITS.maxRowNumber)
          return { ok: false, reason: 'too-many-rows', limit: XLSX_LIMITS.maxRowNumber };
        row = [];
      }
      if (t.close || t.selfClosing) {
        if (row && row.some((c) => c !== '')) {
          if (++withContent > maxRows)
            return { ok: false, reason: 'too-many-rows', limit: maxRows };
          table[rowNumber - 1] = Array.from(row, (c) => c ?? '');
        }
        row = null;
      }
    } else if (t.name === 'c' && row) {
      if (!t.close)
        cell = {
          column: columnIndex(t.attrs['r'], row.length),
          type: t.attrs['t'] ?? 'n',
          style: Number(t.attrs['s'] ?? 0),
          value: [],
          inline: false,
        };
      if ((t.close || t.selfClosing) && cell) {
        const value = cellValue(
          cell.type,
          cell.value.join(''),
          dates.has(cell.style),
          strings,
          epoch,
        );
        if (value !== '') {
          if (cell.column >= XLSX_LIMITS.maxColumns)
            return { ok: false, reason: 'too-many-columns', limit: XLSX_LIMITS.maxColumns };
          row[cell.column] = value;
        }
        cell = null;
      }
    } else if (cell && (t.name === 'v' || (t.name === 't' && cell.type === 'inlineStr'))) {
      reading = t.close || t.selfClosing ? null : t.name;
    } else if (cell && t.name === 'rPh') reading = null;
  }
  return { ok: true, table: Array.from(table, (r) => r ?? []) };
}

function cellValue(
  type: string,
  raw: string,
  isDate: boolean,
  strings: string[],
  epoch: number,
): string {
  switch (type) {
    case 's':
      return strings[Number(raw)] ?? '';
    case 'str':
    case 'inlineStr':
      return raw;
    case 'b':
      return raw === '1' || raw === 'true' ? 'true' : 'false';
    case 'e':
      return '';
    case 'd':
      return raw.slice(0, 10);
    default: {
      if (raw.trim() === '') return '';
      const n = Number(raw);
      if (!Number.isFinite(n)) return raw;
      if (!isDate) return String(n);
      const date = new Date(epoch + Math.round(n * 86_400_000));
      return Number.isNaN(date.getTime()) ? String(n) : date.toISOString().slice(0, 10);
    }
  }
}
