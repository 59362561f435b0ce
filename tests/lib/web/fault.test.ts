import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/lib/i18n/index.ts';
import {
  faultKindOf,
  faultResponse,
  staleFormResponse,
  withDeadline,
} from '../../../src/lib/web/fault.ts';
import { isDatabaseUnavailable } from '../../../src/lib/errors/index.ts';

describe('isDatabaseUnavailable', () => {
  it('recognises connection errors anywhere in the cause chain', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(
      true,
    );
    expect(
      isDatabaseUnavailable(
        new Error('Failed query', {
          cause: Object.assign(new Error('closed'), { code: 'CONNECTION_CLOSED' }),
        }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error('admin shutdown'), { code: '57P01' })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connection failure'), { code: '08006' })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]),
      ),
    ).toBe(true);
  });

  it('does not take other errors, or a cyclic cause chain, for an outage', () => {
    expect(isDatabaseUnavailable(new TypeError('bug'))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('unique'), { code: '23505' }))).toBe(
      false,
    );
    const cyclic: { cause?: unknown } = new Error('loop');
    cyclic.cause = cyclic;
    expect(isDatabaseUnavailable(cyclic)).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe('faultResponse', () => {
  it('answers an outage with 503, Retry-After and a page in the visitor’s language', async () => {
    const res = faultResponse('unavailable', 'GET', 'en', translator('en'));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Temporarily unavailable');
  });

  it('tells the sender of a failed form that nothing was saved and no receipt issued', async () => {
    const res = faultResponse('error', 'POST', 'zh', translator('zh'));
    expect(res.status).toBe(500);
    expect(await res.text()).toContain('未生成回执');
  });
});

describe('withDeadline', () => {
  it('passes a prompt answer through and rejects a late one as unavailable', async () => {
    await expect(withDeadline(Promise.resolve(7), 50)).resolves.toBe(7);
    const late = withDeadline(new Promise(() => {}), 20);
    await expect(late).rejects.toMatchObject({ code: 'REQUEST_DEADLINE' });
    expect(isDatabaseUnavailable(await late.catch((e: unknown) => e))).toBe(true);
  });
});

describe('a request past its deadline', () => {
  it('never tells the sender of a form that nothing was saved, since the work may still commit', async () => {
    const late = await withDeadline(new Promise(() => {}), 10).catch((e: unknown) => e);
    expect(faultKindOf(late)).toBe('late');
    const res = faultResponse(faultKindOf(late), 'POST', 'zh', translator('zh'));
    expect(res.status).toBe(503);
    const html = await res.text();
    expect(html).not.toContain('未生成回执');
    expect(html).toContain('可能已经或仍将保存');
  });
});

describe('staleFormResponse', () => {
  it('refuses a staff form without its token with a page in the reader’s language', async () => {
    const zh = staleFormResponse('zh', translator('zh'));
    expect(zh.status).toBe(403);
    expect(zh.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await zh.text();
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('<h1>表单已过期</h1>');
    expect(page).toContain('未保存任何内容');
    const en = await staleFormResponse('en', translator('en')).text();
    expect(en).toContain('<h1>This form has expired</h1>');
    expect(en).not.toContain('表单');
  });
});
