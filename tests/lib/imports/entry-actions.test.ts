/**
 * A clerk's entry of an offline opinion (src/lib/imports/entry-actions.ts) through runFormAction,
 * as src/pages/staff/enter.astro runs it: the source checked field by field, a repeated opinion
 * held until the clerk confirms it, a stored one audited; every refusal 422.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStaffUser, listAudit } from '../../../src/lib/auth/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { inBoth } from '../../../src/lib/i18n/index.ts';
import {
  CONFIRM_DUPLICATE,
  entryAction,
  readSource,
} from '../../../src/lib/imports/entry-actions.ts';
import { localDay } from '../../../src/lib/time/index.ts';
import { runFormAction } from '../../../src/lib/web/form-action.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';
import { formPost } from '../../helpers/form-post.ts';

const TZ = 'Asia/Shanghai';
const now = new Date('2026-11-28T10:00:00Z');
let db: TestDb;
let deps: Parameters<typeof entryAction>[0];
let day: string;

beforeAll(async () => {
  db = await seededDatabase();
  const [v] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  const [c] = await db.db
    .select()
    .from(schema.consultations)
    .where(eq(schema.consultations.versionId, v!.id));
  await createStaffUser(db.db, {
    username: 'clerk',
    displayName: 'clerk',
    password: 'a-long-password',
    roles: ['clerk'],
  });
  const [u] = await db.db
    .select()
    .from(schema.staffUsers)
    .where(eq(schema.staffUsers.username, 'clerk'));
  const actor = { id: u!.id, username: 'clerk', displayName: 'clerk', roles: ['clerk'] };
  deps = {
    db: db.db,
    actor,
    version: { id: v!.id },
    consultation: c!,
    station: null,
    report: () => {},
    now,
    timeZone: TZ,
  };
  day = localDay(c!.opensAt, TZ);
});
afterAll(async () => {
  await db?.cleanup();
});

const opinion = (extra: Record<string, string> = {}) => ({
  channel: 'letter',
  sourceDate: day,
  sourcePlace: '滨江街道联络站',
  participants: '12',
  stance: 'amend',
  body: '座谈会上居民建议明确公开的方式和期限。',
  displayName: '王芳',
  // A key the intake accepts every time (16–64 of [A-Za-z0-9_-]); a random base-36 slice was
  // sometimes shorter than 16 and refused as an expired form (422), one run in thirty.
  idempotencyKey: `entry-${randomUUID()}`,
  ...extra,
});

async function enter(fields: Record<string, string>, roles = ['clerk']) {
  const astro = formPost(fields, { staff: { user: { roles } } });
  const result = await runFormAction(astro, entryAction(deps));
  return { status: astro.response.status, result };
}

describe('the source of an offline opinion', () => {
  it('names every problem in the form order, the day in both languages', () => {
    const read = readSource(
      { sourceDate: '2099-01-01', participants: '0' },
      { today: '2026-11-28', opensOn: '2026-11-01', closesOn: '2026-12-01' },
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => `${p.field}:${p.message.key}`)).toEqual([
      'channel:enterPage.chooseChannel',
      'sourceDate:gathered.date-future',
      'sourcePlace:enterPage.givePlaceOrSender',
      'participants:enterPage.participantsMustBeWhole',
    ]);
    expect(inBoth(read.problems[1]!.message)).toEqual({
      zh: '收集日期 2099-01-01 晚于今天（2026-11-28）。',
      en: 'The date 2099-01-01 is later than today (2026-11-28).',
    });
  });
});

describe('a clerk entering an opinion', () => {
  it('stores it with a receipt code and audits the entry', async () => {
    const { status, result } = await enter(opinion());
    expect(status).toBe(200);
    if (!result || result instanceof Response || !result.ok) throw new Error('not stored');
    const audit = await listAudit(db.db, 5);
    expect(audit.find((a) => a.targetId === result.data.receiptCode)?.action).toBe(
      'comment.enter-offline',
    );
  });

  it('holds a repeated opinion until the clerk confirms it is another one', async () => {
    const held = await enter(opinion());
    expect(held.status).toBe(422);
    if (!held.result || held.result instanceof Response || held.result.ok)
      throw new Error('stored');
    expect(held.result.problems).toEqual([
      { field: CONFIRM_DUPLICATE, message: { key: 'enter.duplicate' } },
    ]);
    expect(held.result.values['sourcePlace']).toBe('滨江街道联络站');
    const confirmed = await enter(opinion({ [CONFIRM_DUPLICATE]: 'yes' }));
    const refusal =
      confirmed.result && !(confirmed.result instanceof Response) && !confirmed.result.ok
        ? JSON.stringify(confirmed.result.problems)
        : '';
    expect(confirmed.status, refusal).toBe(200);
    expect(confirmed.result && !(confirmed.result instanceof Response) && confirmed.result.ok).toBe(
      true,
    );
  });

  it('refuses an opinion the intake finds invalid with 422 and its message', async () => {
    const { status, result } = await enter(opinion({ body: '', stance: 'maybe' }));
    expect(status).toBe(422);
    if (!result || result instanceof Response || result.ok) throw new Error('stored');
    expect(result.problems.map((p) => p.field)).toContain('body');
  });

  it('answers 503 and asks to send again when the database does not answer, storing nothing', async () => {
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const unreachable = new Proxy({}, { get: () => () => Promise.reject(down) }) as typeof deps.db;
    const logged = vi.fn();
    {
      const astro = formPost(opinion({ [CONFIRM_DUPLICATE]: 'yes' }), {
        staff: { user: { roles: ['clerk'] } },
      });
      const result = await runFormAction(
        astro,
        entryAction({ ...deps, db: unreachable, report: logged }),
      );
      expect(astro.response.status).toBe(503);
      if (!result || result instanceof Response || result.ok) throw new Error('stored');
      expect(result.problems).toEqual([{ field: null, message: { key: 'form.tryAgain' } }]);
      expect(logged).toHaveBeenCalledWith(down);
    }
  });

  it('answers 403 to a staff member who may not enter opinions', async () => {
    const { result } = await enter(opinion(), ['advisor']);
    expect(result instanceof Response && result.status).toBe(403);
  });
});
