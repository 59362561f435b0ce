import { describe, expect, it } from 'vitest';
import { moderate, parseAction } from '../../../src/lib/moderation/index.ts';

describe('moderation transitions', () => {
  it('publishes a received or held comment whose author consented', () => {
    expect(moderate({ status: 'received', consentPublish: true }, { kind: 'publish' })).toEqual({
      ok: true,
      status: 'published',
      reason: null,
    });
    expect(moderate({ status: 'held', consentPublish: true }, { kind: 'publish' })).toMatchObject({
      ok: true,
      status: 'published',
    });
  });
  it('never publishes without consent', () => {
    expect(moderate({ status: 'received', consentPublish: false }, { kind: 'publish' })).toEqual({
      ok: false,
      reason: 'no-consent',
    });
  });
  it('holds back received or published comments with a reason', () => {
    expect(
      moderate({ status: 'published', consentPublish: true }, { kind: 'hold', reason: 'abuse' }),
    ).toEqual({ ok: true, status: 'held', reason: 'abuse' });
    expect(
      moderate({ status: 'held', consentPublish: true }, { kind: 'hold', reason: 'spam' }),
    ).toEqual({ ok: false, reason: 'unchanged' });
  });
  it('leaves answered comments to the disposition workflow', () => {
    expect(
      moderate({ status: 'answered', consentPublish: true }, { kind: 'hold', reason: 'spam' }),
    ).toEqual({ ok: false, reason: 'not-allowed' });
  });
  it('reads actions from form values and refuses a hold without a known reason', () => {
    expect(parseAction('publish', null)).toEqual({ kind: 'publish' });
    expect(parseAction('hold', 'personal-data')).toEqual({ kind: 'hold', reason: 'personal-data' });
    expect(parseAction('hold', 'because')).toBeNull();
    expect(parseAction('delete', null)).toBeNull();
  });
});
