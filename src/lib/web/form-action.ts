/**
 * Form posts: the one way a page reads a POST (issue #15, "thin pages"). A page declares what
 * a post may hold (a zod schema) and what it does (a handler calling src/lib/<domain>), and
 * only calls `runFormAction` or `runFormActions`; no page reads `request.formData()` itself.
 *
 * The shape follows Astro Actions (`defineAction({ accept: 'form', input, handler })`), which
 * this app does not use because they do not fit it:
 * - a form must post to `?_action=name`, so the URLs of every form (and every test and script
 *   posting to them) would change; here a form posts to its page, as before;
 * - a handler's unknown failure becomes an `INTERNAL_SERVER_ERROR` result with the cause's
 *   message, so a database outage would no longer reach the middleware's fault handling
 *   (503 "try again", src/lib/web/fault.ts); here only refusals are results, and any other
 *   error propagates unchanged;
 * - every action is also served as JSON at `/_actions/name`, outside `/staff`, where the
 *   middleware neither loads the staff session nor checks the CSRF token;
 * - input errors carry zod's English messages; here every problem is a catalogue message.
 * The CSRF token of staff forms is checked by the middleware before the page runs.
 *
 * Without JavaScript: a valid post runs the handler, which answers (usually a 303 redirect)
 * or returns data the page shows; a refused post re-renders the page with status 422, the
 * problems in the visitor's language and the values as typed, and nothing stored.
 */
import type { AstroGlobal } from 'astro';
import { z } from 'astro/zod';
import { can, type Permission } from '../auth/index.ts';
import { isMessageKey, type Message, type MessageKey, type Translate } from '../i18n/index.ts';
import type { FilesPost } from './staff-files-post.ts';

/** One thing wrong with a post: the field it concerns (null: the whole form) and what to say. */
export interface FormProblem {
  field: string | null;
  message: Message;
}

/** Thrown by a handler that refuses the post (a domain rule): the page re-renders with it. */
export class FormRefusal extends Error {
  readonly problems: FormProblem[];
  readonly status: number;
  constructor(problems: FormProblem[], status = 422) {
    super(problems.map((p) => p.message.key).join(', '));
    this.name = 'FormRefusal';
    this.problems = problems;
    this.status = status;
  }
}

/** Refuses the post with one message (a key, or a key with values), optionally about one field. */
export function refuse(
  message: MessageKey | Message,
  field: string | null = null,
  status = 422,
): never {
  throw new FormRefusal(
    [{ field, message: typeof message === 'string' ? { key: message } : message }],
    status,
  );
}

type AstroLike = Pick<AstroGlobal, 'request' | 'locals' | 'redirect' | 'response'>;

export interface FormAction<S extends z.ZodType, R> {
  /** What the post may hold; fields not named are ignored (the CSRF token among them). */
  input: S;
  /** Checked before the form is read: a staff member without it gets 403. */
  permission?: Permission;
  /** Runs on valid input only. Returns data for the page, or a Response (a redirect) to answer with. */
  handler: (input: z.output<S>) => Promise<R | Response> | R | Response;
}

/** Declares a form action (an identity, for the types: the handler's input is the schema's output). */
export function defineFormAction<S extends z.ZodType, R>(
  action: FormAction<S, R>,
): FormAction<S, R> {
  return action;
}

export type FormResult<R> =
  | { ok: true; data: R; values: Record<string, string> }
  | { ok: false; problems: FormProblem[]; values: Record<string, string> };

/**
 * The page's form post: null on GET, a Response to return (redirect, 403), or the result.
 * A refused post sets the response status (422 unless the refusal says otherwise). `read` is
 * the post when the middleware has already read the body (a staff post with files,
 * src/lib/web/staff-files-post.ts): its text fields, or its fields and files, the files
 * reaching the action as `File`s.
 */
export async function runFormAction<S extends z.ZodType, R>(
  astro: AstroLike,
  action: FormAction<S, R>,
  read?: Record<string, string> | FilesPost,
): Promise<FormResult<R> | Response | null> {
  if (astro.request.method !== 'POST') return null;
  const form = read ? formOf(read) : await readForm(astro.request);
  return perform(astro, action, form);
}

function formOf(read: Record<string, string> | FilesPost): FormData {
  const post = isFilesPost(read) ? read : { fields: read, files: [] };
  const form = new FormData();
  for (const [key, value] of Object.entries(post.fields)) form.append(key, value);
  for (const f of post.files)
    form.append(f.field, new File([f.data as Uint8Array<ArrayBuffer>], f.name));
  return form;
}

function isFilesPost(read: Record<string, string> | FilesPost): read is FilesPost {
  return Array.isArray(read.files) && typeof read.fields === 'object';
}

/**
 * A page with several forms: the field `field` (default `op`) names the action; a post without
 * it runs `fallback`. An unknown name is refused (422) with the generic message (`name: null`).
 */
export async function runFormActions<A extends Record<string, FormAction<z.ZodType, unknown>>>(
  astro: AstroLike,
  actions: A,
  options: { field?: string; fallback?: keyof A & string } = {},
): Promise<
  | { [K in keyof A & string]: { name: K } & FormResult<ResultOf<A[K]>> }[keyof A & string]
  | { name: null; ok: false; problems: FormProblem[]; values: Record<string, string> }
  | Response
  | null
> {
  if (astro.request.method !== 'POST') return null;
  const form = await readForm(astro.request);
  const chosen = form.get(options.field ?? 'op');
  const name = typeof chosen === 'string' && chosen !== '' ? chosen : options.fallback;
  if (!name || !Object.hasOwn(actions, name)) {
    astro.response.status = 422;
    return {
      name: null,
      ok: false,
      problems: [{ field: null, message: { key: 'formPost.unknown' } }],
      values: valuesOf(form),
    };
  }
  const outcome = await perform(astro, actions[name]!, form);
  return outcome instanceof Response ? outcome : ({ name, ...outcome } as never);
}

type ResultOf<A> = A extends FormAction<z.ZodType, infer R> ? Exclude<R, Response> : never;

async function perform<S extends z.ZodType, R>(
  astro: AstroLike,
  action: FormAction<S, R>,
  form: FormData,
): Promise<FormResult<R> | Response> {
  const values = valuesOf(form);
  if (action.permission) {
    const staff = astro.locals.staff;
    if (!staff || !can(staff.user.roles, action.permission)) {
      return new Response(astro.locals.t('staff.forbidden'), {
        status: 403,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
  }
  const parsed = await parseForm(action.input, form);
  if (!parsed.ok) {
    astro.response.status = 422;
    return { ok: false, problems: parsed.problems, values };
  }
  try {
    const data = await action.handler(parsed.value);
    if (data instanceof Response) return data;
    return { ok: true, data, values };
  } catch (error) {
    if (!(error instanceof FormRefusal)) throw error;
    astro.response.status = error.status;
    return { ok: false, problems: error.problems, values };
  }
}

/** The posted form; a body that is not a form (the middleware already refused broken ones) reads as empty. */
async function readForm(request: Request): Promise<FormData> {
  return (await request.formData().catch(() => null)) ?? new FormData();
}

/** The text fields as posted (the first value of each), to fill the form again; never the CSRF token. */
export function valuesOf(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form)
    if (key !== '_csrf' && typeof value === 'string' && !(key in values)) values[key] = value;
  return values;
}

/**
 * Validates a form against a schema. The form becomes an object first: a field the schema
 * expects as an array (after optional/default) takes every value, any other field its first.
 */
export async function parseForm<S extends z.ZodType>(
  schema: S,
  form: FormData,
): Promise<{ ok: true; value: z.output<S> } | { ok: false; problems: FormProblem[] }> {
  const many = arrayFields(schema);
  const object: Record<string, unknown> = {};
  for (const key of new Set(form.keys()))
    object[key] = many.has(key) ? form.getAll(key) : form.get(key);
  const parsed = await schema.safeParseAsync(object);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => problemOf(issue, object)) };
}

function arrayFields(schema: z.ZodType): Set<string> {
  const found = new Set<string>();
  const visit = (s: z.ZodType) => {
    const inner = unwrap(s);
    if (inner instanceof z.ZodObject) {
      for (const [key, field] of Object.entries(inner.shape))
        if (unwrap(field) instanceof z.ZodArray) found.add(key);
    } else if (inner instanceof z.ZodUnion) {
      for (const option of inner.options as z.ZodType[]) visit(option);
    }
  };
  visit(schema);
  return found;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault)
      s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else return s;
  }
}

/**
 * A zod issue as a catalogue message: a schema names its own message with `{ error: 'key' }`;
 * otherwise a general one by kind (missing, too long, not one of the choices, not valid).
 */
function problemOf(issue: z.core.$ZodIssue, posted: Record<string, unknown>): FormProblem {
  const field = issue.path.length ? issue.path.map(String).join('.') : null;
  if (isMessageKey(issue.message)) {
    const vars =
      issue.code === 'custom'
        ? (issue.params as { vars?: Message['vars'] } | undefined)?.vars
        : undefined;
    return { field, message: vars ? { key: issue.message, vars } : { key: issue.message } };
  }
  const value = issue.path.length ? posted[String(issue.path[0])] : posted;
  const key: MessageKey =
    issue.code === 'invalid_type' && (value === undefined || value === '')
      ? 'formPost.missing'
      : issue.code === 'too_big'
        ? 'formPost.tooLong'
        : issue.code === 'invalid_value'
          ? 'formPost.choice'
          : 'formPost.invalid';
  return { field, message: { key } };
}

/** The problems of a result as text in the visitor's language (empty for an accepted post). */
export function problemsOf(t: Translate, result: FormResult<unknown> | null): string[] {
  return result && !result.ok ? result.problems.map((p) => t(p.message.key, p.message.vars)) : [];
}

/**
 * A whole form read by a domain rule that checks its fields together (`readDisposition`…):
 * the rule's value, or its problems (each naming its field).
 */
export function readWith<S extends z.ZodType, T>(
  schema: S,
  rule: (
    raw: z.output<S>,
  ) => { ok: true; value: T } | { ok: false; errors: { field: string | null; message: Message }[] },
) {
  return schema.transform((raw, ctx) => {
    const read = rule(raw);
    if (read.ok) return read.value;
    for (const e of read.errors)
      ctx.addIssue({
        code: 'custom',
        message: e.message.key,
        path: e.field ? [e.field] : [],
        params: { vars: e.message.vars },
      });
    return z.NEVER;
  });
}

/** Field helpers: how a form's text arrives (always strings, '' when left empty). */
export const field = {
  /** A text field; absent reads as ''; longer than `cut` is cut (as the pages did), not refused. */
  text: (cut?: number) =>
    z
      .string()
      .default('')
      .transform((s) => (cut === undefined ? s : s.slice(0, cut))),
  /** A text field that must not be empty after trimming. */
  required: (error?: MessageKey) =>
    z
      .string()
      .trim()
      .min(1, error ? { error } : undefined),
  /** A positive whole number posted as text. */
  id: (error?: MessageKey) =>
    z.coerce
      .number(error ? { error } : undefined)
      .int(error ? { error } : undefined)
      .positive(error ? { error } : undefined),
  /** A checkbox: true when posted at all. */
  checkbox: () =>
    z
      .string()
      .optional()
      .transform((v) => v !== undefined),
  /** Every value of a repeated field (checkboxes of one name). */
  list: () => z.array(z.string()).default([]),
  /**
   * A text field read by a domain rule (`normaliseTag`, `readNote`…): the rule's value, or its
   * message as the field's problem. Absent reads as ''.
   */
  read: <T>(rule: (raw: string) => { ok: true; value: T } | { ok: false; message: Message }) =>
    z
      .string()
      .default('')
      .transform((raw, ctx) => {
        const read = rule(raw);
        if (read.ok) return read.value;
        ctx.addIssue({
          code: 'custom',
          message: read.message.key,
          params: { vars: read.message.vars },
        });
        return z.NEVER;
      }),
};
