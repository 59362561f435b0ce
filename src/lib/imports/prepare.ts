/**
 * Turning the rows of an import file into comments ready to store, or into problems that say
 * which row and column is wrong and what to do, in Chinese and English. Pure: a table of
 * strings and the consultation's clauses in, prepared rows and problems out. A file with any
 * problem is stored not at all.
 */
import { createHash } from 'node:crypto';
import { sanitiseText } from '../comments/sanitise.ts';
import { validateCommentInput, type CommentValue } from '../comments/validate.ts';
import type { Message } from '../i18n/index.ts';
import { DEFAULT_TIME_ZONE } from '../time/index.ts';
import { clauseNumber } from './clause-ref.ts';
import { checkGatheredOn } from './gathered.ts';
import {
  categoryOf,
  channelOf,
  columnOf,
  consentOf,
  COLUMN_HEADERS,
  COLUMNS,
  stanceOf,
  type Column,
  type ImportChannel,
} from './columns.ts';

export interface ImportProblem {
  /** The spreadsheet row (the header is row 1); 0 for a problem with the whole file. */
  row: number;
  column: Column | null;
  code: string;
  message: Message;
}

export interface ImportClause {
  eId: string;
  label: string;
  heading: string;
}

export interface ImportContext {
  consultationId: number;
  clauses: readonly ImportClause[];
  /** Today in the consultation's time zone, `YYYY-MM-DD`: a gathering date cannot be later. */
  today: string;
  /** The consultation's first and last day in its time zone: a gathering date lies between. */
  opensOn: string;
  closesOn: string;
  /** Channel for rows whose channel cell is empty; null makes the column required. */
  defaultChannel: ImportChannel | null;
  /** The site's time zone, in which a date-time cell (`2023-04-27T04:00Z`) is given its day. */
  timeZone?: string;
}

export interface PreparedRow {
  row: number;
  value: CommentValue;
  channel: ImportChannel;
  source: { date: string; place: string; participants: number | null; category?: string };
}

/**
 * `total`: rows with any content, whether or not they have problems. `ignored`: headings of
 * columns the import does not use (their cells are not stored), to list in the preview.
 */
export type Prepared = {
  rows: PreparedRow[];
  problems: ImportProblem[];
  total: number;
  ignored: string[];
};

export const MAX_ROWS = 5000;

const compact = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * A clause named by its eId (`chp_1__art_2`), its label (`第二条`, `Article 2`), or an
 * article's number written any common way (`第40条`, `第四十条`, `40`, `Art. 40`): numbers
 * resolve to the article of that number in the consultation's version.
 */
function clauseIndex(clauses: readonly ImportClause[]): (ref: string) => string | null {
  const index = new Map<string, string>();
  const articles = new Map<number, string>();
  for (const c of clauses) {
    if (c.label && !index.has(compact(c.label))) index.set(compact(c.label), c.eId);
    const n =
      /(?:^|__)art_/.test(c.eId) && !/__(?:para|point|list)_/.test(c.eId)
        ? clauseNumber(c.label)
        : null;
    if (n !== null && !articles.has(n)) articles.set(n, c.eId);
  }
  for (const c of clauses) index.set(c.eId.toLowerCase(), c.eId);
  return (ref) => {
    const found = index.get(compact(ref)) ?? index.get(ref.toLowerCase());
    if (found) return found;
    const n = clauseNumber(ref);
    return n === null ? null : (articles.get(n) ?? null);
  };
}

/**
 * The same row content gives the same key, so importing a file again stores nothing twice;
 * the occurrence number keeps identical rows within one file (a stack of form letters) apart.
 */
export function importKey(
  consultationId: number,
  cells: readonly string[],
  occurrence: number,
): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([consultationId, cells, occurrence]))
    .digest('base64url');
  return `imp_${digest.slice(0, 40)}`;
}

const problem = (
  row: number,
  column: Column | null,
  code: string,
  message: Message,
): ImportProblem => ({ row, column, code, message });

export function prepareImport(
  table: readonly (readonly string[])[],
  context: ImportContext,
): Prepared {
  const problems: ImportProblem[] = [];
  const [header = [], ...body] = table;
  const known = header.map((h) => (h.trim() === '' ? null : columnOf(h)));
  // A column named twice is read from its first occurrence; the others are listed as ignored.
  const columns = known.map((c, i) => (c !== null && known.indexOf(c) === i ? c : null));
  const ignored = header
    .filter((h, i) => h.trim() !== '' && columns[i] === null)
    .map((h) => h.trim());
  const required = COLUMNS.filter(
    (c) => COLUMN_HEADERS[c].required || (c === 'channel' && context.defaultChannel === null),
  );
  for (const c of required.filter((c) => !columns.includes(c))) {
    problems.push(
      problem(1, c, 'missing-column', {
        key: 'importProblem.missingColumn',
        vars: { columnZh: COLUMN_HEADERS[c].zh, columnEn: COLUMN_HEADERS[c].en },
      }),
    );
  }
  if (problems.length > 0) return { rows: [], problems, total: 0, ignored };
  const filled = body
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (filled.length === 0)
    return {
      rows: [],
      total: 0,
      ignored,
      problems: [problem(0, null, 'no-rows', { key: 'importProblem.noRows' })],
    };
  if (filled.length > MAX_ROWS) {
    return {
      rows: [],
      total: filled.length,
      ignored,
      problems: [
        problem(0, null, 'too-many-rows', {
          key: 'importProblem.tooManyRows',
          vars: { max: MAX_ROWS, count: filled.length },
        }),
      ],
    };
  }
  const clauseOf = clauseIndex(context.clauses);
  const timeZone = context.timeZone ?? DEFAULT_TIME_ZONE;
  const seen = new Map<string, number>();
  const rows: PreparedRow[] = [];
  for (const { row, cells } of filled) {
    const cell = (c: Column) => {
      const i = columns.indexOf(c);
      return i < 0 ? '' : (cells[i] ?? '').trim();
    };
    const before = problems.length;
    const fail = (column: Column, code: string, message: Message) =>
      problems.push(problem(row, column, code, message));

    const stance = stanceOf(cell('stance'));
    if (!stance)
      fail('stance', 'stance-invalid', {
        key: 'importProblem.stanceInvalid',
        vars: { value: cell('stance') },
      });
    const channel = cell('channel') === '' ? context.defaultChannel : channelOf(cell('channel'));
    if (!channel)
      fail('channel', 'channel-invalid', {
        key: 'importProblem.channelInvalid',
        vars: { value: cell('channel') },
      });
    const gathered = checkGatheredOn(cell('date'), { ...context, timeZone });
    const date = gathered.ok ? gathered.date : null;
    if (!gathered.ok) fail('date', gathered.code, gathered.message);
    for (const [i, value] of cells.entries()) {
      // NUL cannot be stored in PostgreSQL text: it passed the preview and then failed with 500.
      const column = columns[i];
      if (value.includes('\u0000') && column)
        fail(column, 'cell-nul', { key: 'importProblem.cellNul' });
    }
    const rawParticipants = cell('participants').normalize('NFKC');
    const participants = rawParticipants === '' ? null : Number(rawParticipants);
    if (
      participants !== null &&
      !(Number.isInteger(participants) && participants > 0 && participants < 100000)
    ) {
      fail('participants', 'participants-invalid', { key: 'importProblem.participantsInvalid' });
    }
    const place = sanitiseText(cell('place')).slice(0, 100);
    const clauseRef = cell('clause');
    const eId = clauseRef === '' ? '' : clauseOf(clauseRef);
    if (eId === null)
      fail('clause', 'clause-unknown', {
        key: 'importProblem.clauseUnknown',
        vars: { value: clauseRef },
      });
    // A category outside the list is kept as written (in the source) rather than refused.
    const category = categoryOf(cell('category'));
    const categoryText = category === null ? sanitiseText(cell('category')).slice(0, 100) : null;
    const consent = consentOf(cell('consent'));
    if (consent === null)
      fail('consent', 'consent-invalid', {
        key: 'importProblem.consentInvalid',
        vars: { value: cell('consent') },
      });

    const occurrence = (seen.get(JSON.stringify(cells)) ?? 0) + 1;
    seen.set(JSON.stringify(cells), occurrence);
    const validated = validateCommentInput(
      {
        stance: stance ?? 'support',
        body: cell('body'),
        suggestedWording: cell('suggestedWording'),
        displayName: cell('name'),
        category: category ?? 'individual',
        district: cell('district'),
        contact: cell('contact'),
        consentPublish: consent ? 'on' : '',
        idempotencyKey: importKey(
          context.consultationId,
          cells.map((c) => c.trim()),
          occurrence,
        ),
        clause: eId ?? '',
      },
      {},
      { allowUnstated: true },
    );
    if (!validated.ok) {
      const errors = 'errors' in validated ? validated.errors : [];
      for (const e of errors) {
        if (e.field === 'body' && e.code === 'body-empty')
          fail('body', e.code, { key: 'importProblem.bodyEmpty' });
        else fail(columnFor(e.field), e.code, e.message);
      }
    }
    if (problems.length === before && validated.ok && channel && date) {
      rows.push({
        row,
        value: validated.value,
        channel,
        source: { date, place, participants, ...(categoryText ? { category: categoryText } : {}) },
      });
    }
  }
  return { rows: problems.length > 0 ? [] : rows, problems, total: filled.length, ignored };
}

function columnFor(field: string): Column {
  const map: Record<string, Column> = {
    displayName: 'name',
    consentPublish: 'consent',
    clause: 'clause',
    suggestedWording: 'suggestedWording',
  };
  return map[field] ?? (COLUMNS.includes(field as Column) ? (field as Column) : 'body');
}
