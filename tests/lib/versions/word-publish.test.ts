/**
 * A Word draft published through the staff flow (issue #16, #19): the stored version exported
 * as .docx exactly as the download route does, one article edited "in Word", read back in the
 * worker, checked and published: unchanged articles keep their lineage, the edited one is
 * linked as modified. A refused file stores nothing.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema } from '../../../src/lib/db/index.ts';
import { buildTree, getVersion } from '../../../src/lib/regulations/index.ts';
import { versionDocx } from '../../../src/lib/regulations/version-docx.ts';
import {
  convertWordDraft,
  draftVersion,
  findPublishTarget,
  publishVersion,
} from '../../../src/lib/versions/index.ts';
import { addStaff, seededDatabase, type TestDb } from '../../helpers/db.ts';

const actor = { id: 0, username: 'committee-word', displayName: '委员会', roles: ['committee'] };
let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
  await addStaff(db, actor);
});
afterAll(async () => {
  await db?.cleanup();
});

async function downloaded(slug: string): Promise<Buffer> {
  const data = (await getVersion(db.db, 'sample', slug))!;
  return versionDocx(buildTree(data.clauses), {
    title: data.version.title,
    subtitle: `${data.version.label} · 2026年11月1日`,
    language: 'zh',
    preamble: data.version.preamble,
  });
}

describe('publishing a draft uploaded as Word', () => {
  it('refuses a file that is not a Word document in the worker, storing nothing', async () => {
    const before = await db.db.select({ id: schema.versions.id }).from(schema.versions);
    expect(await convertWordDraft(Buffer.from('%PDF-1.7\n'))).toEqual({
      ok: false,
      reason: 'not-docx',
    });
    expect(await db.db.select({ id: schema.versions.id }).from(schema.versions)).toEqual(before);
  });

  it('keeps the lineage of unchanged articles and links the article edited in Word as modified', async () => {
    const zip = await JSZip.loadAsync(await downloaded('first-reading'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const edited = xml.replace(/(第二条<\/w:t>.*?<w:t[^>]*>　)/, '$1经修改，');
    expect(edited).not.toBe(xml);
    zip.file('word/document.xml', edited);
    const word = await convertWordDraft(await zip.generateAsync({ type: 'uint8array' }));
    if (!word.ok) throw new Error(word.reason);
    const target = (await findPublishTarget(db.db, 'sample'))!;
    const draft = draftVersion(
      {
        slug: 'second-reading',
        label: '二审稿',
        stage: 'review',
        date: '2026-12-01',
        markdown: word.markdown,
        explanation: '',
      },
      { language: 'zh', takenSlugs: target.versions.map((v) => v.slug) },
    );
    if (!draft.ok) throw new Error(JSON.stringify(draft.problems));
    const out = await publishVersion(db.db, target, draft.version, actor);
    if (!out.ok) throw new Error(out.reason);
    const clauses = async (slug: string) =>
      new Map(
        (
          await db.db
            .select({
              eId: schema.clauses.eId,
              lineage: schema.clauses.lineage,
              text: schema.clauses.text,
            })
            .from(schema.clauses)
            .innerJoin(schema.versions, eq(schema.versions.id, schema.clauses.versionId))
            .where(eq(schema.versions.slug, slug))
        ).map((c) => [c.eId, c]),
      );
    const [first, second] = [await clauses('first-reading'), await clauses('second-reading')];
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    // Articles and their parts carry their lineage (divisions are not tracked across versions).
    for (const [eId, c] of second)
      if (eId.includes('art_')) expect(c.lineage, eId).toBe(first.get(eId)!.lineage);
    const changed = [...second]
      .filter(([eId, c]) => c.text !== first.get(eId)!.text)
      .map(([eId]) => eId);
    expect(changed).toHaveLength(1);
    expect(second.get(changed[0]!)!.text.startsWith('经修改，')).toBe(true);
    const links = await db.db
      .select()
      .from(schema.clauseLinks)
      .where(
        and(
          eq(schema.clauseLinks.toVersionId, out.versionId),
          eq(schema.clauseLinks.type, 'modified'),
        ),
      );
    expect(links.map((l) => l.toEId)).toContain(changed[0]!.replace(/__para_\d+$/, ''));
  });
});
