/**
 * Turning the rows of an import file into comments ready to store, or into problems that say
 * which row and column is wrong and what to do, in Chinese and English. Pure: a table of
 * strings and the consultation's clauses in, prepared rows and problems out. A file with any
 * problem is stored not at all.
 */
import { createHash } from 'node:crypto';
import { sanitiseText } from '../comments/sanitise.ts';
import { validateCommentInput, type CommentValue } from '../comments/validate.ts';
import { checkGatheredOn } from './gathered.ts';
import { categoryOf, channelOf, columnOf, consentOf, COLUMN_HEADERS, COLUMNS, stanceOf, type Column, type ImportChannel } from './columns.ts';

export interface ImportProblem {
  /** The spreadsheet row (the header is row 1); 0 for a problem with the whole file. */
  row: number;
  column: Column | null;
  code: string;
  message: { zh: string; en: string };
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
}

export interface PreparedRow {
  row: number;
  value: CommentValue;
  channel: ImportChannel;
  source: { date: string; place: string; participants: number | null };
}

/** `total`: rows with any content, whether or not they have problems. */
export type Prepared = { rows: PreparedRow[]; problems: ImportProblem[]; total: number };

export const MAX_ROWS = 5000;

const compact = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** A clause named by its eId (`chp_1__art_2`) or its label (`第二条`, `Article 2`). */
function clauseIndex(clauses: readonly ImportClause[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of clauses) {
    if (c.label && !index.has(compact(c.label))) index.set(compact(c.label), c.eId);
  }
  for (const c of clauses) index.set(c.eId.toLowerCase(), c.eId);
  return index;
}

/**
 * The same row content gives the same key, so importing a file again stores nothing twice;
 * the occurrence number keeps identical rows within one file (a stack of form letters) apart.
 */
export function importKey(consultationId: number, cells: readonly string[], occurrence: number): string {
  const digest = createHash('sha256').update(JSON.stringify([consultationId, cells, occurrence])).digest('base64url');
  return `imp_${digest.slice(0, 40)}`;
}

const problem = (row: number, column: Column | null, code: string, zh: string, en: string): ImportProblem => ({ row, column, code, message: { zh, en } });

export function prepareImport(table: readonly (readonly string[])[], context: ImportContext): Prepared {
  const problems: ImportProblem[] = [];
  const [header = [], ...body] = table;
  const columns = header.map((h) => (h.trim() === '' ? null : columnOf(h)));
  header.forEach((h, i) => {
    if (h.trim() !== '' && columns[i] === null) {
      problems.push(problem(1, null, 'unknown-column', `第 ${i + 1} 列的标题“${h}”无法识别，请使用模板中的列标题。`, `The heading "${h}" of column ${i + 1} is not known; use the headings of the template.`));
    }
  });
  const required = COLUMNS.filter((c) => COLUMN_HEADERS[c].required || (c === 'channel' && context.defaultChannel === null));
  for (const c of required.filter((c) => !columns.includes(c))) {
    problems.push(problem(1, c, 'missing-column', `缺少“${COLUMN_HEADERS[c].zh}”列。`, `The column "${COLUMN_HEADERS[c].en}" is missing.`));
  }
  if (problems.length > 0) return { rows: [], problems, total: 0 };
  const filled = body.map((cells, i) => ({ row: i + 2, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (filled.length === 0) return { rows: [], total: 0, problems: [problem(0, null, 'no-rows', '文件中没有意见。请在标题行下逐行填写意见。', 'The file holds no opinions; fill in one opinion per row under the heading row.')] };
  if (filled.length > MAX_ROWS) {
    return { rows: [], total: filled.length, problems: [problem(0, null, 'too-many-rows', `一次最多导入 ${MAX_ROWS} 条，本文件有 ${filled.length} 条，请分成几个文件。`, `At most ${MAX_ROWS} rows can be imported at once; this file has ${filled.length}. Split it into several files.`)] };
  }
  const clauses = clauseIndex(context.clauses);
  const seen = new Map<string, number>();
  const rows: PreparedRow[] = [];
  for (const { row, cells } of filled) {
    const cell = (c: Column) => {
      const i = columns.indexOf(c);
      return i < 0 ? '' : (cells[i] ?? '').trim();
    };
    const before = problems.length;
    const fail = (column: Column, code: string, zh: string, en: string) => problems.push(problem(row, column, code, zh, en));

    const stance = stanceOf(cell('stance'));
    if (!stance) fail('stance', 'stance-invalid', `态度“${cell('stance')}”无效，应为赞成、反对、建议修改或疑问。`, `The stance "${cell('stance')}" is not valid; use support, oppose, amend or question.`);
    const channel = cell('channel') === '' ? context.defaultChannel : channelOf(cell('channel'));
    if (!channel) fail('channel', 'channel-invalid', `渠道“${cell('channel')}”无效，应为基层立法联系点、座谈会、来信或听证会。`, `The channel "${cell('channel')}" is not valid; use contact-point, meeting, letter or hearing.`);
    const gathered = checkGatheredOn(cell('date'), context);
    const date = gathered.ok ? gathered.date : null;
    if (!gathered.ok) fail('date', gathered.code, gathered.message.zh, gathered.message.en);
    for (const [i, value] of cells.entries()) {
      // NUL cannot be stored in PostgreSQL text: it passed the preview and then failed with 500.
      const column = columns[i];
      if (value.includes('\u0000') && column) fail(column, 'cell-nul', '此单元格含有空字符（NUL），无法保存。请删除后重新上传。', 'This cell holds a NUL character, which cannot be stored; remove it and upload again.');
    }
    const rawParticipants = cell('participants').normalize('NFKC');
    const participants = rawParticipants === '' ? null : Number(rawParticipants);
    if (participants !== null && !(Number.isInteger(participants) && participants > 0 && participants < 100000)) {
      fail('participants', 'participants-invalid', '参加人数应为正整数，或留空。', 'Participants must be a whole number, or empty.');
    }
    const place = sanitiseText(cell('place')).slice(0, 100);
    const clauseRef = cell('clause');
    const eId = clauseRef === '' ? '' : (clauses.get(compact(clauseRef)) ?? clauses.get(clauseRef.toLowerCase()) ?? null);
    if (eId === null) fail('clause', 'clause-unknown', `条款“${clauseRef}”不在本草案中，请填写如“第二条”的条款编号，或留空表示针对整部草案。`, `The clause "${clauseRef}" is not in this draft; write an article such as "Article 2", or leave it empty for the whole draft.`);
    const category = categoryOf(cell('category'));
    if (!category) fail('category', 'category-invalid', `身份“${cell('category')}”无效，应为个人、企业、社会组织、专家学者或人大代表。`, `The category "${cell('category')}" is not valid; use individual, enterprise, organisation, expert or deputy.`);
    const consent = consentOf(cell('consent'));
    if (consent === null) fail('consent', 'consent-invalid', `“同意公开”应填是或否，而不是“${cell('consent')}”。`, `Consent must be yes or no, not "${cell('consent')}".`);

    const occurrence = (seen.get(JSON.stringify(cells)) ?? 0) + 1;
    seen.set(JSON.stringify(cells), occurrence);
    const validated = validateCommentInput({
      stance: stance ?? 'support',
      body: cell('body'),
      suggestedWording: cell('suggestedWording'),
      displayName: cell('name'),
      category: category ?? 'individual',
      district: cell('district'),
      contact: cell('contact'),
      consentPublish: consent ? 'on' : '',
      idempotencyKey: importKey(context.consultationId, cells.map((c) => c.trim()), occurrence),
      clause: eId ?? '',
    });
    if (!validated.ok) {
      const errors = 'errors' in validated ? validated.errors : [];
      for (const e of errors) {
        if (e.field === 'body' && e.code === 'body-empty') fail('body', e.code, '意见内容为空。', 'The opinion text is empty.');
        else fail(columnFor(e.field), e.code, e.message.zh, e.message.en);
      }
    }
    if (problems.length === before && validated.ok && channel && date) {
      rows.push({ row, value: validated.value, channel, source: { date, place, participants } });
    }
  }
  return { rows: problems.length > 0 ? [] : rows, problems, total: filled.length };
}

function columnFor(field: string): Column {
  const map: Record<string, Column> = { displayName: 'name', consentPublish: 'consent', clause: 'clause', suggestedWording: 'suggestedWording' };
  return map[field] ?? (COLUMNS.includes(field as Column) ? (field as Column) : 'body');
}
