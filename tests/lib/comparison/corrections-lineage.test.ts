/**
 * A staff correction between two consecutive readings sets again what publishing set from the
 * comparison: the clause links and the lineage that carries earlier comments, in that reading
 * and every later one, and the reading page's earlier counts follow (#16).
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCorrection, removeCorrection } from '../../../src/lib/comparison/repository.ts';
import { clauseLinks, clauses, staffUsers, versions } from '../../../src/lib/db/schema.ts';
import { getVersion } from '../../../src/lib/regulations/repository.ts';
import { draftVersion } from '../../../src/lib/versions/draft.ts';
import { findPublishTarget, publishVersion } from '../../../src/lib/versions/publish.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
const id: Record<'draft' | 'first' | 'second', number> = { draft: 0, first: 0, second: 0 };
const ART_2 = 'chp_1__art_2';

beforeAll(async () => {
  db = await seededDatabase();
  const [user] = await db.db
    .insert(staffUsers)
    .values({
      username: 'lineage-admin',
      displayName: '管理员',
      passwordHash: 'x',
      roles: ['committee'],
    })
    .returning();
  // A third reading that repeats the second word for word: its clauses carry the same lineages.
  const target = (await findPublishTarget(db.db, 'sample'))!;
  const first = await db.db.select().from(versions).where(eq(versions.slug, 'first-reading'));
  const draft = draftVersion(
    {
      slug: 'second-reading',
      label: '二审稿',
      stage: 'review',
      date: '2026-12-01',
      markdown: first[0]!.source.replace(/^---[\s\S]*?---\n/, ''),
      explanation: '',
    },
    { language: 'zh', takenSlugs: target.versions.map((v) => v.slug) },
  );
  if (!draft.ok) throw new Error(JSON.stringify(draft.problems));
  const published = await publishVersion(db.db, target, draft.version, {
    id: user!.id,
    username: user!.username,
    displayName: user!.displayName,
    roles: ['committee'],
  });
  expect(published).toMatchObject({ ok: true });
  for (const v of await db.db.select().from(versions))
    if (v.slug === 'draft') id.draft = v.id;
    else if (v.slug === 'first-reading') id.first = v.id;
    else if (v.slug === 'second-reading') id.second = v.id;
  // Three comments on 征求意见稿 第二条, kept on its clause.
  await db.db
    .update(clauses)
    .set({ commentCount: 3 })
    .where(and(eq(clauses.versionId, id.draft), eq(clauses.eId, ART_2)));
});
afterAll(async () => {
  await db?.cleanup();
});

const lineageOf = async (versionId: number, eId: string) =>
  (
    await db.db
      .select({ lineage: clauses.lineage })
      .from(clauses)
      .where(and(eq(clauses.versionId, versionId), eq(clauses.eId, eId)))
  )[0]!.lineage;
const revisions = async () =>
  Object.fromEntries(
    (await db.db.select({ slug: versions.slug, r: versions.lineageRevision }).from(versions)).map(
      (v) => [v.slug, v.r],
    ),
  );
const earlierOnFirstReading = async () => {
  const v = (await getVersion(db.db, 'sample', 'first-reading'))!;
  const row = v.clauses.find((c) => c.eId === ART_2)!;
  return v.earlierCounts.get(row.lineage) ?? 0;
};
const linksFromDraft = async (eId: string) =>
  (
    await db.db
      .select({ to: clauseLinks.toEId })
      .from(clauseLinks)
      .where(and(eq(clauseLinks.fromVersionId, id.draft), eq(clauseLinks.fromEId, eId)))
  ).map((l) => l.to);

describe('a correction between consecutive readings', () => {
  it('moves the lineage in that reading and every later one, and the earlier counts with it', async () => {
    const carried = await lineageOf(id.draft, ART_2);
    expect(await lineageOf(id.first, ART_2)).toBe(carried);
    expect(await lineageOf(id.second, ART_2)).toBe(carried);
    expect(await linksFromDraft(ART_2)).toEqual([ART_2]);
    expect(await earlierOnFirstReading()).toBe(3);

    // 征求意见稿 第二条 was deleted, says staff; 一审稿 第二条 is a new article.
    const correction = await addCorrection(db.db, {
      fromVersionId: id.draft,
      toVersionId: id.first,
      from: [ART_2],
      to: [],
      userId: null,
    });
    const own = `${id.first}:${ART_2}`;
    expect(await lineageOf(id.first, ART_2)).toBe(own);
    expect(await lineageOf(id.second, ART_2)).toBe(own);
    expect(await lineageOf(id.draft, ART_2)).toBe(carried);
    expect(await linksFromDraft(ART_2)).toEqual([]);
    expect(await revisions()).toMatchObject({ draft: 0, 'first-reading': 1, 'second-reading': 1 });
    // The reading page of the same process reads the new lineage: no earlier comments now.
    expect(await earlierOnFirstReading()).toBe(0);

    // Taken back: as published.
    await removeCorrection(db.db, {
      id: correction,
      fromVersionId: id.draft,
      toVersionId: id.first,
    });
    expect(await lineageOf(id.first, ART_2)).toBe(carried);
    expect(await lineageOf(id.second, ART_2)).toBe(carried);
    expect(await linksFromDraft(ART_2)).toEqual([ART_2]);
    expect(await earlierOnFirstReading()).toBe(3);
  });

  it('leaves the lineage alone between readings that are not consecutive', async () => {
    const before = await lineageOf(id.second, ART_2);
    const revision = await revisions();
    const correction = await addCorrection(db.db, {
      fromVersionId: id.draft,
      toVersionId: id.second,
      from: [ART_2],
      to: [],
      userId: null,
    });
    expect(await lineageOf(id.second, ART_2)).toBe(before);
    expect(await revisions()).toEqual(revision);
    await removeCorrection(db.db, {
      id: correction,
      fromVersionId: id.draft,
      toVersionId: id.second,
    });
  });
});
