/** Content sync on a fresh migrated database: all or nothing, idempotent, versions immutable. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { loadContent, syncContent } from '../../../src/lib/content/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { OpenClauseError } from '../../../src/lib/errors/index.ts';
import { freshDatabase, type TestDb } from '../../helpers/db.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/content/basic');

function copyFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-content-'));
  fs.cpSync(fixture, dir, { recursive: true });
  return dir;
}

function loaded(dir: string) {
  const result = loadContent(dir);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.content;
}

async function snapshot(db: TestDb) {
  const d = db.db;
  return {
    regulations: await d.select().from(schema.regulations).orderBy(asc(schema.regulations.id)),
    versions: await d.select().from(schema.versions).orderBy(asc(schema.versions.id)),
    clauses: await d.select().from(schema.clauses).orderBy(asc(schema.clauses.id)),
    consultations: await d.select().from(schema.consultations).orderBy(asc(schema.consultations.id)),
    events: await d.select().from(schema.stageEvents).orderBy(asc(schema.stageEvents.position)),
  };
}

describe('content sync', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it('loads regulations, versions with their clause trees, consultations and plans', async () => {
    const report = await syncContent(db.db, loaded(fixture));
    expect(report.versionsAdded).toEqual(['sample/draft', 'sample/first-reading', 'waste-sorting/promulgated']);
    const s = await snapshot(db);
    expect(s.regulations.map((r) => r.slug)).toEqual(['sample', 'waste-sorting']);
    const second = s.versions.find((v) => v.slug === 'first-reading')!;
    const tree = s.clauses.filter((c) => c.versionId === second.id);
    expect(tree.map((c) => c.eId)).toContain('chp_1__art_3__para_1__point_2');
    expect(tree.find((c) => c.eId === 'chp_1__art_3__para_1__point_2')).toMatchObject({ parentEId: 'chp_1__art_3__para_1', kind: 'point', label: '（二）' });
    expect(second.explanation).toBe('');
    expect(s.versions.find((v) => v.slug === 'draft')!.explanation).toContain('起草背景');
    expect(s.consultations.map((c) => c.slug).sort()).toEqual(['draft', 'evaluation', 'first-reading', 'plan']);
    const [plan] = await db.db.select().from(schema.planItems);
    expect(plan).toMatchObject({ slug: 'sample', regulationSlug: 'sample' });
  });

  it('carries each clause\'s lineage into the next version and records the links', async () => {
    const s = await snapshot(db);
    const [draft, first] = [s.versions.find((v) => v.slug === 'draft')!, s.versions.find((v) => v.slug === 'first-reading')!];
    const lineage = (versionId: number, eId: string) => s.clauses.find((c) => c.versionId === versionId && c.eId === eId)!.lineage;
    // 第三条 (施行) of the draft became 第四条: same clause, renumbered.
    expect(lineage(first.id, 'chp_2__art_4')).toBe(lineage(draft.id, 'chp_2__art_3'));
    // 第一条 was reworded: still the same clause.
    expect(lineage(first.id, 'chp_1__art_1')).toBe(lineage(draft.id, 'chp_1__art_1'));
    // 第二条 gained a paragraph: its first paragraph carries on the draft's single-paragraph text.
    expect(lineage(first.id, 'chp_1__art_2')).toBe(lineage(draft.id, 'chp_1__art_2'));
    // 第三条 (原则) is new.
    expect(lineage(first.id, 'chp_1__art_3')).toBe(`${first.id}:chp_1__art_3`);
    const links = await db.db.select().from(schema.clauseLinks);
    expect(links.find((l) => l.fromEId === 'chp_2__art_3')).toMatchObject({ toEId: 'chp_2__art_4', type: 'unchanged', toVersionId: first.id });
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot(db);
    const report = await syncContent(db.db, loaded(fixture));
    expect(report.versionsAdded).toEqual([]);
    expect(report.versionsUnchanged).toBe(3);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a changed published version, names the file, and writes nothing', async () => {
    const dir = copyFixture();
    const file = path.join(dir, 'regulations/sample/versions/01-draft.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('规范示范活动', '规范和管理示范活动'));
    // Also change metadata, which must not land either.
    const yamlFile = path.join(dir, 'regulations/sample/regulation.yaml');
    fs.writeFileSync(yamlFile, fs.readFileSync(yamlFile, 'utf8').replace('用于测试的示范条例。', '改过的摘要'));
    const before = await snapshot(db);
    const error = await syncContent(db.db, loaded(dir)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenClauseError);
    expect((error as OpenClauseError).name).toBe('PublishedVersionChanged');
    expect((error as Error).message).toContain('01-draft.md');
    expect(await snapshot(db)).toEqual(before);
  });

  it('adds a new version file without touching the stored ones', async () => {
    const dir = copyFixture();
    const src = fs.readFileSync(path.join(dir, 'regulations/sample/versions/02-first-reading.md'), 'utf8');
    fs.writeFileSync(
      path.join(dir, 'regulations/sample/versions/03-second-reading.md'),
      src.replace('slug: first-reading', 'slug: second-reading').replace('label: 一审稿', 'label: 二审稿').replace('公开透明', '公开、透明'),
    );
    const report = await syncContent(db.db, loaded(dir));
    expect(report.versionsAdded).toEqual(['sample/second-reading']);
    const rows = await db.db.select().from(schema.versions).where(eq(schema.versions.slug, 'second-reading'));
    expect(rows[0]!.position).toBe(3);
  });
});

describe('loading content', () => {
  it('reports every problem with file and line and loads nothing', () => {
    const dir = copyFixture();
    fs.writeFileSync(
      path.join(dir, 'regulations/sample/versions/02-first-reading.md'),
      '---\nslug: first-reading\nlabel: 一审稿\nstage: review\ndate: 2026-08-27\n---\n# 条例\n\n第一条 甲。\n\n第三条 丙。\n',
    );
    fs.writeFileSync(path.join(dir, 'plans/2027.yaml'), 'year: 2027\ntitle: [unclosed\n');
    const result = loadContent(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n');
    expect(text).toMatch(/02-first-reading\.md:11: 编号不连续/);
    expect(text).toMatch(/2027\.yaml:\d+: YAML/);
  });

  it('refuses a consultation that names a missing version', () => {
    const dir = copyFixture();
    const yamlFile = path.join(dir, 'regulations/sample/regulation.yaml');
    fs.writeFileSync(yamlFile, fs.readFileSync(yamlFile, 'utf8').replace('version: first-reading', 'version: third-reading'));
    const result = loadContent(dir);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain('third-reading');
  });
});

describe('sample content (sample.yaml)', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db?.cleanup();
  });
  const TZ = 'Asia/Shanghai';
  const windowOf = async (slug: string) =>
    (await db.db.select().from(schema.consultations).where(eq(schema.consultations.slug, slug)))[0]!;

  it('moves on what lay ahead of its day by the days to the first load, and keeps that shift on later loads', async () => {
    const dir = copyFixture();
    // The fixture's 征求意见稿 window closed 2026-04-01; its 一审稿 window is open then.
    fs.writeFileSync(path.join(dir, 'sample.yaml'), 'datesAsOf: 2026-09-01\n');
    const first = await syncContent(db.db, loaded(dir), { now: new Date('2026-09-11T02:00:00Z'), timeZone: TZ });
    expect(first.sampleDaysMoved).toBe(10);
    const draft = await windowOf('draft');
    expect(draft.closesAt.toISOString()).toBe('2026-04-01T10:00:00.000Z');
    const reading = await windowOf('first-reading');
    expect(reading.opensAt.toISOString()).toBe('2026-08-28T01:00:00.000Z');
    expect(reading.closesAt.toISOString()).toBe('2100-01-10T10:00:00.000Z');

    const later = await syncContent(db.db, loaded(dir), { now: new Date('2027-05-01T02:00:00Z'), timeZone: TZ });
    expect(later.sampleDaysMoved).toBe(10);
    expect((await windowOf('first-reading')).closesAt.toISOString()).toBe('2100-01-10T10:00:00.000Z');
  });

  it('moves nothing in a folder without sample.yaml', async () => {
    const report = await syncContent(db.db, loaded(fixture), { now: new Date('2027-05-01T02:00:00Z'), timeZone: TZ });
    expect(report.sampleDaysMoved).toBeNull();
    expect((await windowOf('first-reading')).closesAt.toISOString()).toBe('2099-12-31T10:00:00.000Z');
  });
});
