import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { loadContent, syncContent } from '../../../src/lib/content/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import {
  draftVersion,
  findPublishTarget,
  latestDocument,
  publishVersion,
  type DraftInput,
} from '../../../src/lib/versions/index.ts';
import { addStaff, seededDatabase, type TestDb } from '../../helpers/db.ts';
import { inBoth } from '../../../src/lib/i18n/index.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/content/basic');
const SECOND = `# 临江市示范条例（草案）

## 第一章 总则

第一条 为了规范和促进示范活动，制定本条例。

第二条 本条例适用于本市行政区域内的示范活动，包括城中村。

示范活动的具体范围由市人民政府规定。

第三条 示范活动应当遵循以下原则：

（一）公开透明；

（二）公众参与。

## 第二章 附则

第四条 本条例自2027年7月1日起施行。
`;
const input: DraftInput = {
  slug: 'second-reading',
  label: '二审稿',
  stage: 'review',
  date: '2026-12-01',
  markdown: SECOND,
  explanation: '根据一审意见修改。',
};
const actor = { id: 0, username: 'committee-test', displayName: '委员会', roles: ['committee'] };

let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
  await addStaff(db, actor);
});
afterAll(async () => {
  await db?.cleanup();
});

describe('checking a pasted version', () => {
  it('reports bad metadata fields all at once and parses nothing', () => {
    const out = draftVersion(
      { ...input, slug: 'Second Reading', label: '', stage: 'nope', date: '2026-13-45' },
      { language: 'zh', takenSlugs: [] },
    );
    expect(out.ok ? [] : out.problems.map((p) => p.field)).toEqual([
      'slug',
      'label',
      'stage',
      'date',
    ]);
  });

  it('refuses a version id the regulation already has', () => {
    const out = draftVersion(
      { ...input, slug: 'first-reading' },
      { language: 'zh', takenSlugs: ['draft', 'first-reading'] },
    );
    expect(!out.ok && inBoth(out.problems[0]!.message).en).toContain(
      'already has a version "first-reading"',
    );
  });

  it('gives parser warnings with the line of the pasted text, and keeps the version (#16)', () => {
    const out = draftVersion(
      { ...input, markdown: '# 条例\n\n第一条 甲。\n\n第三条 乙。\n' },
      { language: 'zh', takenSlugs: [] },
    );
    expect(out.ok).toBe(true);
    expect(out.ok && out.version.warnings).toEqual([
      { code: 'numbering-gap', line: 5, params: { expected: '第二条', found: '第三条' } },
    ]);
  });

  it('gives the line a duplicate number first appeared on in the pasted text too', () => {
    const out = draftVersion(
      { ...input, markdown: '# 条例\n\n第一条 甲。\n\n第一条 乙。\n' },
      { language: 'zh', takenSlugs: [] },
    );
    expect(out.ok && out.version.warnings[0]).toEqual({
      code: 'duplicate-number',
      line: 5,
      params: { label: '第一条', first: 3 },
    });
  });

  it('names the line a wrapped sentence broke on in the pasted text too', () => {
    const out = draftVersion(
      { ...input, markdown: '# 条例\n\n第一条 为了规范管理，结合本市\n实际，制定本条例。\n' },
      { language: 'zh', takenSlugs: [] },
    );
    expect(out.ok && out.version.warnings[0]).toMatchObject({
      code: 'line-joined',
      line: 4,
      params: { line: 3 },
    });
  });

  it('refuses a text with no clauses, with the line of the problem', () => {
    const out = draftVersion(
      { ...input, markdown: '# 条例\n\n只有说明文字。\n' },
      { language: 'zh', takenSlugs: [] },
    );
    expect(!out.ok && out.problems.map((p) => [p.field, p.line])).toEqual([['markdown', 1]]);
  });

  it('composes the same file a content/ version would hold', () => {
    const out = draftVersion(input, { language: 'zh', takenSlugs: [] });
    expect(
      out.ok &&
        out.version.source.startsWith(
          '---\nslug: second-reading\nlabel: "二审稿"\nstage: review\ndate: 2026-12-01\n---\n# 临江市示范条例',
        ),
    ).toBe(true);
  });
});

describe('publishing a version', () => {
  it('stores it after the latest version, carrying each clause’s lineage, audited', async () => {
    const target = (await findPublishTarget(db.db, 'sample'))!;
    const draft = draftVersion(input, {
      language: target.language,
      takenSlugs: target.versions.map((v) => v.slug),
    });
    if (!draft.ok) throw new Error(JSON.stringify(draft.problems));
    const out = await publishVersion(db.db, target, draft.version, actor);
    expect(out).toMatchObject({ ok: true, position: 3 });
    const lineage = async (slug: string, eId: string) =>
      (
        await db.db
          .select({ lineage: schema.clauses.lineage })
          .from(schema.clauses)
          .innerJoin(schema.versions, eq(schema.versions.id, schema.clauses.versionId))
          .where(and(eq(schema.versions.slug, slug), eq(schema.clauses.eId, eId)))
      )[0]?.lineage;
    expect(await lineage('second-reading', 'chp_1__art_2')).toBe(
      await lineage('first-reading', 'chp_1__art_2'),
    );
    const links = await db.db
      .select()
      .from(schema.clauseLinks)
      .where(eq(schema.clauseLinks.toVersionId, out.ok ? out.versionId : 0));
    expect(links.some((l) => l.fromEId === 'chp_1__art_2' && l.type === 'modified')).toBe(true);
    // Its comparison with the version before is stored with it, for the first reader (#16).
    const [stored] = await db.db
      .select({ hash: schema.versions.sourceHash })
      .from(schema.versions)
      .where(eq(schema.versions.slug, 'second-reading'));
    const views = await db.db
      .select()
      .from(schema.comparisonViews)
      .where(eq(schema.comparisonViews.toSourceHash, stored!.hash));
    expect(views).toHaveLength(1);
    expect(views[0]!.corrections).toBe('');
    const audit = await db.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, 'version.publish'));
    expect(audit).toHaveLength(1);
    expect((await latestDocument(db.db, target.id, 'zh'))!.label).toBe('二审稿');
    expect(await publishVersion(db.db, target, draft.version, actor)).toEqual({
      ok: false,
      reason: 'slug-taken',
    });
  });

  it('is left alone by the content sync, which refuses a file that would sit before it and accepts its own source', async () => {
    const again = loadContent(fixture);
    if (!again.ok) throw new Error('fixture');
    expect((await syncContent(db.db, again.content)).versionsAdded).toEqual([]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-versions-'));
    try {
      fs.cpSync(fixture, dir, { recursive: true });
      const versionsDir = path.join(dir, 'regulations/sample/versions');
      fs.writeFileSync(
        path.join(versionsDir, '03-other.md'),
        `---\nslug: other\nlabel: 其他稿\nstage: review\ndate: 2026-12-02\n---\n${SECOND}`,
      );
      const clash = loadContent(dir);
      if (!clash.ok) throw new Error(JSON.stringify(clash.problems));
      await expect(syncContent(db.db, clash.content)).rejects.toMatchObject({
        name: 'VersionOutOfOrder',
      });

      const [stored] = await db.db
        .select({ source: schema.versions.source })
        .from(schema.versions)
        .where(eq(schema.versions.slug, 'second-reading'));
      fs.writeFileSync(path.join(versionsDir, '03-other.md'), stored!.source);
      fs.writeFileSync(
        path.join(versionsDir, '04-third.md'),
        `---\nslug: third\nlabel: 三审稿\nstage: review\ndate: 2026-12-03\n---\n${SECOND.replace('2027年7月1日', '2027年9月1日')}`,
      );
      const mirrored = loadContent(dir);
      if (!mirrored.ok) throw new Error(JSON.stringify(mirrored.problems));
      const report = await syncContent(db.db, mirrored.content);
      expect(report.versionsAdded).toEqual(['sample/third']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the explanation of a version', () => {
  it('is rendered once when stored, and a pathological one stores nothing', async () => {
    const target = (await findPublishTarget(db.db, 'sample'))!;
    const taken = target.versions.map((v) => v.slug);
    const slow = draftVersion(
      { ...input, slug: 'slow', explanation: '*a_'.repeat(40_000) },
      { language: 'zh', takenSlugs: taken },
    );
    if (!slow.ok) throw new Error(JSON.stringify(slow.problems));
    const refused = await publishVersion(db.db, target, slow.version, actor);
    expect(refused).toMatchObject({
      ok: false,
      reason: 'explanation',
      problem: { field: 'explanation' },
    });
    expect(!refused.ok && 'problem' in refused && inBoth(refused.problem.message).zh).toContain(
      '未发布',
    );
    expect(
      await db.db.select().from(schema.versions).where(eq(schema.versions.slug, 'slow')),
    ).toEqual([]);

    const fine = draftVersion(
      { ...input, slug: 'fine', explanation: '依据**一审**意见。' },
      { language: 'zh', takenSlugs: taken },
    );
    if (!fine.ok) throw new Error(JSON.stringify(fine.problems));
    expect(await publishVersion(db.db, target, fine.version, actor)).toMatchObject({ ok: true });
    const [stored] = await db.db
      .select({ html: schema.versions.explanationHtml })
      .from(schema.versions)
      .where(eq(schema.versions.slug, 'fine'));
    expect(stored!.html).toBe('<p>依据<strong>一审</strong>意见。</p>');
  });

  it('of versions synced from content/ is rendered after the sync, and pathological text is kept as plain paragraphs', async () => {
    await db.db
      .update(schema.versions)
      .set({ explanation: '*a_'.repeat(40_000), explanationHtml: null })
      .where(eq(schema.versions.slug, 'draft'));
    const { renderPendingExplanations } = await import('../../../src/lib/versions/index.ts');
    const out = await renderPendingExplanations(db.db);
    expect(out.plain).toHaveLength(1);
    const rows = await db.db
      .select({ slug: schema.versions.slug, html: schema.versions.explanationHtml })
      .from(schema.versions);
    expect(rows.every((r) => r.html !== null)).toBe(true);
    expect(rows.find((r) => r.slug === 'draft')!.html).toMatch(/^<p>\*a_\*a_/);
  });
});

describe('checking a pasted version off the event loop', () => {
  it('gives what draftVersion gives, from a worker', async () => {
    const { checkDraft } = await import('../../../src/lib/versions/index.ts');
    const out = await checkDraft(input, { language: 'zh', takenSlugs: [] });
    expect(out).toEqual(draftVersion(input, { language: 'zh', takenSlugs: [] }));
  });

  it('refuses a text whose parse outlasts the limit, while timers keep firing', async () => {
    const { checkDraft } = await import('../../../src/lib/versions/index.ts');
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    // Links parse in superlinear time, and pass the emphasis marks' pre-check.
    const out = await checkDraft(
      { ...input, markdown: `# 条例\n\n第一条 ${'[a]'.repeat(60_000)}\n` },
      { language: 'zh', takenSlugs: [] },
      1000,
    );
    clearInterval(timer);
    expect(out.ok).toBe(false);
    expect(
      !out.ok && out.problems.map((p) => [p.field, inBoth(p.message).zh.includes('过于复杂')]),
    ).toEqual([['markdown', true]]);
    expect(ticks).toBeGreaterThan(5);
  });

  it('refuses thousands of unpaired emphasis marks with the same message, before any worker', async () => {
    const { checkDraft } = await import('../../../src/lib/versions/index.ts');
    const started = performance.now();
    const out = await checkDraft(
      { ...input, markdown: `# 条例\n\n第一条 ${'*a_'.repeat(20_000)}\n` },
      { language: 'zh', takenSlugs: [] },
    );
    expect(
      !out.ok && out.problems.map((p) => [p.field, inBoth(p.message).zh.includes('过于复杂')]),
    ).toEqual([['markdown', true]]);
    expect(performance.now() - started, 'refused before parsing').toBeLessThan(200);
  });
});
