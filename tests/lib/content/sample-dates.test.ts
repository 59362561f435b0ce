/**
 * The shipped sample content does not go stale (content/sample.yaml): whenever a database first
 * loads it, what lay ahead on its `datesAsOf` still lies ahead, by as many days, and what was past
 * stays as written.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/index.ts';
import type { LoadedContent } from '../../../src/lib/content/load.ts';
import { movedContent, sampleShift } from '../../../src/lib/content/sample-dates.ts';
import { addDays } from '../../../src/lib/time/index.ts';

const TZ = 'Asia/Shanghai';

function shipped(): LoadedContent {
  const result = loadContent(path.resolve(import.meta.dirname, '../../../content'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.content;
}

/** Every window of the content: regulations' and plans'. */
function windows(content: LoadedContent) {
  return [
    ...content.regulations.flatMap((r) =>
      r.consultations.map((c) => ({ name: `${r.slug}/${c.slug}`, kind: c.kind, opensAt: c.opensAt, closesAt: c.closesAt })),
    ),
    ...content.plans.flatMap((p) =>
      p.opensAt && p.closesAt ? [{ name: `plan ${p.year}`, kind: 'plan', opensAt: p.opensAt, closesAt: p.closesAt }] : [],
    ),
  ];
}

const isOpen = (w: { opensAt: Date; closesAt: Date }, now: Date) => w.opensAt <= now && now < w.closesAt;

describe('the shift a first load fixes', () => {
  it('counts whole calendar days in the site’s time zone from the day the dates were written', () => {
    expect(sampleShift('2026-12-04', new Date('2026-12-04T15:59:00Z'), TZ)).toBe(0);
    // 00:00 on 5 December in Shanghai is 16:00 UTC on the 4th.
    expect(sampleShift('2026-12-04', new Date('2026-12-04T16:00:00Z'), TZ)).toBe(1);
    expect(sampleShift('2026-12-04', new Date('2028-03-01T04:00:00Z'), TZ)).toBe(453);
  });

  it('is never negative: a clock before the sample’s day sees the dates as written', () => {
    expect(sampleShift('2026-12-04', new Date('2026-01-05T02:00:00Z'), TZ)).toBe(0);
  });
});

describe('the shipped sample on its first load, whatever the date', () => {
  const content = shipped();
  const asOf = content.sample?.datesAsOf;

  it('says it is sample content and the day its dates were written', () => {
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  for (const firstLoad of ['2026-12-07T01:00:00Z', '2027-02-15T01:00:00Z', '2029-07-01T01:00:00Z']) {
    it(`first loaded at ${firstLoad}: a draft and the plan open for comment, earlier readings closed`, () => {
      const now = new Date(firstLoad);
      const moved = windows(movedContent(content, asOf!, sampleShift(asOf!, now, TZ), TZ));
      const open = moved.filter((w) => isOpen(w, now));
      expect(open.map((w) => w.kind)).toEqual(expect.arrayContaining(['draft', 'plan', 'evaluation']));
      expect(moved.filter((w) => w.closesAt <= now).length).toBeGreaterThan(0);
    });
  }

  it('moves only what lay after its day: closings of open windows move, past openings and events stay', () => {
    const days = 100;
    const moved = movedContent(content, asOf!, days, TZ);
    const before = windows(content);
    const after = windows(moved);
    const asOfEnd = new Date(`${asOf}T23:59:59+08:00`);
    before.forEach((w, i) => {
      const m = after[i]!;
      expect(m.opensAt.getTime() - w.opensAt.getTime(), `${w.name} opens`).toBe(w.opensAt > asOfEnd ? days * 86_400_000 : 0);
      expect(m.closesAt.getTime() - w.closesAt.getTime(), `${w.name} closes`).toBe(w.closesAt > asOfEnd ? days * 86_400_000 : 0);
    });
    const events = content.regulations.flatMap((r) => r.timeline.map((e) => e.date));
    const movedEvents = moved.regulations.flatMap((r) => r.timeline.map((e) => e.date));
    expect(movedEvents).toEqual(events.map((d) => (d > asOf! ? addDays(d, days) : d)));
    expect(events.filter((d) => d <= asOf!).length).toBeGreaterThan(0);
  });

  it('moves a plan’s adoption day when it lay ahead', () => {
    const plan = { ...content.plans[0]!, adopted: addDays(asOf!, 24) };
    const moved = movedContent({ ...content, plans: [plan] }, asOf!, 10, TZ);
    expect(moved.plans[0]!.adopted).toBe(addDays(asOf!, 34));
    const past = movedContent({ ...content, plans: [{ ...plan, adopted: addDays(asOf!, -3) }] }, asOf!, 10, TZ);
    expect(past.plans[0]!.adopted).toBe(addDays(asOf!, -3));
  });

  it('moves a kept comment or report dated after its day, and leaves an earlier one as written', () => {
    const reg = content.regulations[0]!;
    const comment = (at: string, n: number) => ({
      n, at: new Date(at), eId: null, label: null, stance: 'support' as const, category: 'individual' as const,
      channel: 'online' as const, place: null, participants: null, name: null, district: null, body: '支持。',
      wording: null, disposition: null, reason: null, reply: null,
    });
    const feedback = {
      consultation: reg.consultations[0]!.slug,
      file: 'f.yaml',
      comments: [comment(`${addDays(asOf!, -1)}T10:00:00+08:00`, 1), comment(`${addDays(asOf!, 2)}T10:00:00+08:00`, 2)],
      report: { publishedAt: new Date(`${addDays(asOf!, 5)}T10:00:00+08:00`), intro: '说明。', sections: [], closing: '' },
    };
    const moved = movedContent({ ...content, regulations: [{ ...reg, feedback: [feedback] }] }, asOf!, 10, TZ);
    const [kept] = moved.regulations[0]!.feedback;
    expect(kept!.comments.map((c) => c.at.toISOString())).toEqual([
      new Date(`${addDays(asOf!, -1)}T10:00:00+08:00`).toISOString(),
      new Date(`${addDays(asOf!, 12)}T10:00:00+08:00`).toISOString(),
    ]);
    expect(kept!.report!.publishedAt.toISOString()).toBe(new Date(`${addDays(asOf!, 15)}T10:00:00+08:00`).toISOString());
  });

  it('keeps the order of any two dates and every window’s closing after its opening', () => {
    const moved = movedContent(content, asOf!, 365, TZ);
    for (const reg of moved.regulations) {
      const dates = reg.timeline.map((e) => e.date);
      expect(dates, reg.slug).toEqual([...dates].sort());
    }
    for (const w of windows(moved)) expect(w.closesAt > w.opensAt, w.name).toBe(true);
  });
});
