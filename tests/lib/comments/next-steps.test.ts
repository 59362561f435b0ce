/** The receipt's account: answered or not, public or not, the window, and when a reply is due. */
import { describe, expect, it } from 'vitest';
import {
  nextSteps,
  publicationOf,
  receiptAccount,
  type NextLine,
} from '../../../src/lib/comments/next-steps.ts';
import { translator, type MessageKey } from '../../../src/lib/i18n/index.ts';

const closesAt = new Date('2026-12-31T16:00:00Z');
const before = new Date('2026-12-04T00:00:00Z');
const afterClose = new Date('2027-01-05T00:00:00Z');
const pastDue = new Date('2027-02-01T00:00:00Z');

describe('nextSteps', () => {
  it('while the window is open: publication pending, reply due the set number of days after the close', () => {
    expect(
      nextSteps(
        { status: 'received', consentPublish: true, disposition: null, closesAt },
        before,
        30,
      ),
    ).toEqual({
      publication: 'pending',
      window: { state: 'open', closesAt },
      reply: { state: 'due', due: new Date('2027-01-30T16:00:00Z') },
    });
  });

  it('follows OPENCLAUSE_REPLY_DAYS', () => {
    expect(
      nextSteps(
        { status: 'published', consentPublish: true, disposition: null, closesAt },
        before,
        10,
      ).reply,
    ).toEqual({ state: 'due', due: new Date('2027-01-10T16:00:00Z') });
  });

  it('after the close and past the due date without a reply: overdue', () => {
    expect(
      nextSteps(
        { status: 'published', consentPublish: true, disposition: null, closesAt },
        pastDue,
        30,
      ),
    ).toMatchObject({
      publication: 'public',
      window: { state: 'closed' },
      reply: { state: 'overdue' },
    });
  });

  it('once a disposition is recorded: answered', () => {
    expect(
      nextSteps(
        { status: 'published', consentPublish: true, disposition: 'adopted', closesAt },
        pastDue,
        30,
      ).reply,
    ).toEqual({ state: 'answered' });
  });
});

describe('publicationOf', () => {
  it('keeps a comment its author did not agree to publish private, whatever its moderation status', () => {
    expect(publicationOf({ status: 'received', consentPublish: false })).toBe('private');
    expect(publicationOf({ status: 'held', consentPublish: false })).toBe('private');
    expect(publicationOf({ status: 'received', consentPublish: true })).toBe('pending');
    expect(publicationOf({ status: 'published', consentPublish: true })).toBe('public');
    expect(publicationOf({ status: 'held', consentPublish: true })).toBe('held');
  });
});

/**
 * Every state a receipt can be in: four publications (pending, public, held, private) by five
 * moments (open and not answered; open and answered in bulk; closed, reply due; closed, reply
 * overdue; closed and answered). Each must tell the truth of that state in both languages.
 */
describe('receiptAccount', () => {
  const publications = [
    { status: 'received', consentPublish: true, publication: 'pending' },
    { status: 'published', consentPublish: true, publication: 'public' },
    { status: 'held', consentPublish: true, publication: 'held' },
    { status: 'received', consentPublish: false, publication: 'private' },
  ] as const;
  const moments = [
    {
      name: 'open, not answered',
      now: before,
      disposition: null,
      window: 'next.open',
      reply: 'next.due',
    },
    {
      name: 'open, answered',
      now: before,
      disposition: 'adopted',
      window: 'next.open',
      reply: 'next.answered',
    },
    {
      name: 'closed, reply due',
      now: afterClose,
      disposition: null,
      window: 'next.closed',
      reply: 'next.due',
    },
    {
      name: 'closed, overdue',
      now: pastDue,
      disposition: null,
      window: 'next.closed',
      reply: 'next.overdue',
    },
    {
      name: 'closed, answered',
      now: pastDue,
      disposition: 'not-adopted',
      window: 'next.closed',
      reply: 'next.answered',
    },
  ] as const;
  const cases = publications.flatMap((p) => moments.map((m) => ({ ...p, ...m })));

  it.each(cases)('$publication, $name', (c) => {
    const account = receiptAccount(
      nextSteps(
        {
          status: c.status,
          consentPublish: c.consentPublish,
          disposition: c.disposition,
          closesAt,
        },
        c.now,
        30,
      ),
    );
    expect(account.status).toBe(c.disposition ? 'answered' : 'received');
    expect(account.publication).toBe(c.publication);
    expect(account.lines.map((l) => l.key)).toEqual([
      ...(c.publication === 'pending' ? ['next.moderation'] : []),
      c.window,
      c.reply,
    ]);
    for (const locale of ['zh', 'en'] as const) {
      const t = translator(locale);
      const text = [
        t(`receipt.handling.${account.status}` as MessageKey),
        t(`receipt.publication.${account.publication}` as MessageKey, { reason: 'spam' }),
        ...account.lines.map((l: NextLine) => t(l.key, { date: 'D' })),
      ].join('\n');
      expect(text).not.toMatch(/\{\w+\}/);
      // A moderator is spoken of only while publication waits for one, or when one held it back.
      const moderator = locale === 'zh' ? /审核员/ : /moderator/;
      expect(moderator.test(text)).toBe(c.publication === 'pending' || c.publication === 'held');
      // An answered comment is never said to await its answer, nor an unanswered one to have it.
      const answered = locale === 'zh' ? /已答复|已经得到答复/ : /Answered|has been answered/;
      expect(answered.test(text)).toBe(c.disposition !== null);
      // Only a published comment is said to be in the public list without a "not yet" or "no".
      if (c.publication === 'public')
        expect(text).toMatch(locale === 'zh' ? /已公开/ : /^Yes, in the list/m);
      else expect(text).not.toMatch(locale === 'zh' ? /已公开/ : /^Yes/m);
    }
  });
});
