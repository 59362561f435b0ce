/**
 * Form posts (src/lib/web/form-action.ts): the schema decides what a post may hold, refusals
 * come back as catalogue messages with status 422 and the values as typed, the handler runs
 * only on valid input, and failures that are not refusals reach the middleware unchanged.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { translator } from '../../../src/lib/i18n/index.ts';
import {
  defineFormAction,
  field,
  parseForm,
  problemsOf,
  refuse,
  runFormAction,
  runFormActions,
} from '../../../src/lib/web/form-action.ts';

function post(fields: [string, string][], method = 'POST') {
  const body = new URLSearchParams(fields);
  const request = new Request(
    'http://localhost/page',
    method === 'POST' ? { method, body } : { method },
  );
  const response = { status: 200 };
  const staff = { user: { roles: ['moderator'] } };
  const astro = {
    request,
    response,
    locals: { t: translator('en'), staff },
    redirect: (to: string, status = 302) =>
      new Response(null, { status, headers: { Location: to } }),
  };
  return astro as unknown as Parameters<typeof runFormAction>[0] & { response: { status: number } };
}

const note = defineFormAction({
  input: z.object({ note: field.required('triage.tags.invalid'), count: field.id() }),
  handler: (input) => ({ saved: `${input.note}×${input.count}` }),
});

describe('a form action', () => {
  it('does nothing on GET', async () => {
    expect(await runFormAction(post([], 'GET'), note)).toBeNull();
  });

  it('takes a post the middleware already read, its files as Files, without reading the body again', async () => {
    const draft = defineFormAction({
      input: z.object({ label: z.string(), file: z.instanceof(File).optional() }),
      handler: async ({ label, file }) => ({ label, name: file?.name, text: await file?.text() }),
    });
    const astro = post([]);
    const result = await runFormAction(astro, draft, {
      fields: { _csrf: 'secret', label: '二审稿' },
      files: [{ field: 'file', name: '草案.md', data: Buffer.from('第一条 目的。', 'utf8') }],
    });
    expect(result).toEqual({
      ok: true,
      data: { label: '二审稿', name: '草案.md', text: '第一条 目的。' },
      values: { label: '二审稿' },
    });
    // The body was left alone: the page never reads it a second time.
    expect(astro.request.bodyUsed).toBe(false);
  });

  it('hands the handler typed, trimmed input and returns its data', async () => {
    const astro = post([
      ['note', '  hello '],
      ['count', '3'],
      ['_csrf', 'secret'],
    ]);
    const result = await runFormAction(astro, note);
    expect(result).toEqual({
      ok: true,
      data: { saved: 'hello×3' },
      values: { note: '  hello ', count: '3' },
    });
    expect(astro.response.status).toBe(200);
  });

  it('refuses invalid input with 422, the schema’s own message in the visitor’s language, and never calls the handler', async () => {
    let called = false;
    const action = defineFormAction({
      input: z.object({ note: field.required('triage.tags.invalid') }),
      handler: () => (called = true),
    });
    const astro = post([['note', '   ']]);
    const result = await runFormAction(astro, action);
    expect(called).toBe(false);
    expect(astro.response.status).toBe(422);
    expect(result).toMatchObject({ ok: false, values: { note: '   ' } });
    expect(problemsOf(translator('en'), result as never)).toEqual([
      translator('en')('triage.tags.invalid'),
    ]);
    expect(problemsOf(translator('zh'), result as never)).toEqual([
      translator('zh')('triage.tags.invalid'),
    ]);
  });

  it('names general problems by kind from the catalogue, never with zod’s English', async () => {
    const schema = z.object({
      a: z.string(),
      b: z.string().max(3),
      c: z.enum(['x', 'y']),
      d: field.id(),
    });
    const parsed = await parseForm(
      schema,
      new URLSearchParams([
        ['b', 'long'],
        ['c', 'z'],
        ['d', 'abc'],
      ]) as unknown as FormData,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      { field: 'a', message: { key: 'formPost.missing' } },
      { field: 'b', message: { key: 'formPost.tooLong' } },
      { field: 'c', message: { key: 'formPost.choice' } },
      { field: 'd', message: { key: 'formPost.invalid' } },
    ]);
  });

  it('reads every value of a field the schema takes as a list, and the first of any other', async () => {
    const form = new FormData();
    for (const [k, v] of [
      ['ids', '1'],
      ['ids', '2'],
      ['one', 'a'],
      ['one', 'b'],
    ] as const)
      form.append(k, v);
    const parsed = await parseForm(
      z.object({
        ids: field.list(),
        one: field.text(),
        flag: field.checkbox(),
        cut: field.text(2),
      }),
      form,
    );
    expect(parsed).toEqual({
      ok: true,
      value: { ids: ['1', '2'], one: 'a', flag: false, cut: '' },
    });
    const single = new FormData();
    single.append('ids', '7');
    single.append('flag', 'on');
    single.append('cut', 'abcdef');
    expect(
      await parseForm(
        z.object({ ids: field.list(), flag: field.checkbox(), cut: field.text(2) }),
        single,
      ),
    ).toEqual({ ok: true, value: { ids: ['7'], flag: true, cut: 'ab' } });
  });

  it('reads a field through a domain rule, its message (with values) as the problem', async () => {
    const rule = (raw: string) =>
      raw.length <= 3
        ? { ok: true as const, value: raw.toUpperCase() }
        : {
            ok: false as const,
            message: { key: 'triage.note.tooLong' as const, vars: { max: 3 } },
          };
    const schema = z.object({ note: field.read(rule) });
    const good = new FormData();
    good.append('note', 'abc');
    expect(await parseForm(schema, good)).toEqual({ ok: true, value: { note: 'ABC' } });
    const bad = new FormData();
    bad.append('note', 'abcd');
    expect(await parseForm(schema, bad)).toEqual({
      ok: false,
      problems: [{ field: 'note', message: { key: 'triage.note.tooLong', vars: { max: 3 } } }],
    });
  });

  it('turns a refusal from the handler into problems with its status, the values kept', async () => {
    const action = defineFormAction({
      input: z.object({ tag: field.text() }),
      handler: () => refuse({ key: 'triage.redact.done', vars: { n: 2 } }, 'tag', 409),
    });
    const astro = post([['tag', 'x']]);
    const result = await runFormAction(astro, action);
    expect(astro.response.status).toBe(409);
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'tag', message: { key: 'triage.redact.done', vars: { n: 2 } } }],
      values: { tag: 'x' },
    });
  });

  it('lets any other failure through unchanged, for the middleware’s fault handling', async () => {
    const outage = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const action = defineFormAction({ input: z.object({}), handler: () => Promise.reject(outage) });
    await expect(runFormAction(post([]), action)).rejects.toBe(outage);
  });

  it('answers with the Response a handler returns (a 303 after a save)', async () => {
    const astro = post([['x', '1']]);
    const action = defineFormAction({
      input: z.object({ x: field.text() }),
      handler: () => astro.redirect('/done', 303),
    });
    const result = await runFormAction(astro, action);
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(303);
    expect((result as Response).headers.get('location')).toBe('/done');
  });

  it('answers 403 without running anything when the staff member lacks the permission', async () => {
    let called = false;
    const action = defineFormAction({
      input: z.object({}),
      permission: 'comments:dispose',
      handler: () => (called = true),
    });
    const result = await runFormAction(post([]), action);
    expect((result as Response).status).toBe(403);
    expect(called).toBe(false);
  });
});

describe('several form actions on one page', () => {
  const actions = {
    add: defineFormAction({
      input: z.object({ tag: field.required() }),
      handler: (i) => `added ${i.tag}`,
    }),
    save: defineFormAction({
      input: z.object({ reply: field.text() }),
      handler: (i) => `saved ${i.reply}`,
    }),
  };

  it('runs the one the op field names', async () => {
    expect(
      await runFormActions(
        post([
          ['op', 'add'],
          ['tag', 't'],
        ]),
        actions,
        { fallback: 'save' },
      ),
    ).toMatchObject({ name: 'add', ok: true, data: 'added t' });
  });

  it('runs the fallback when the post names none', async () => {
    expect(
      await runFormActions(post([['reply', 'r']]), actions, { fallback: 'save' }),
    ).toMatchObject({ name: 'save', ok: true, data: 'saved r' });
  });

  it('refuses an unknown operation with 422 and stores nothing', async () => {
    const astro = post([['op', 'drop-table']]);
    const result = await runFormActions(astro, actions, { fallback: 'save' });
    expect(astro.response.status).toBe(422);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ message: { key: 'formPost.unknown' } }],
    });
    expect(await runFormActions(post([['op', 'toString']]), actions)).toMatchObject({ ok: false });
  });
});
