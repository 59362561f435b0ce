/**
 * The audit trail names the consultations and versions its events point at, each with its
 * regulation's short title and a link under the regulation's slug (src/lib/audit/repository.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditPage } from '../../../src/lib/audit/repository.ts';
import { auditEvents, consultations, regulations, versions } from '../../../src/lib/db/schema.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let handle: TestDb;
beforeAll(async () => {
  handle = await seededDatabase();
});
afterAll(async () => {
  await handle.cleanup();
});

const noFilter = { actor: null, action: null, from: null, until: null, before: null };

describe('auditPage', () => {
  it('names a consultation and a version with their regulation and links to them', async () => {
    const { db } = handle;
    const [c] = await db
      .select({
        id: consultations.id,
        title: consultations.title,
        slug: consultations.slug,
        regSlug: regulations.slug,
        regTitle: regulations.shortTitle,
      })
      .from(consultations)
      .innerJoin(regulations, eq(regulations.id, consultations.regulationId))
      .limit(1);
    const [v] = await db
      .select({
        id: versions.id,
        label: versions.label,
        slug: versions.slug,
        regSlug: regulations.slug,
        regTitle: regulations.shortTitle,
      })
      .from(versions)
      .innerJoin(regulations, eq(regulations.id, versions.regulationId))
      .limit(1);
    if (!c || !v) throw new Error('the fixture content has a consultation and a version');
    await db.insert(auditEvents).values([
      {
        actorName: 'editor',
        action: 'consultation.open',
        targetType: 'consultation',
        targetId: String(c.id),
      },
      {
        actorName: 'editor',
        action: 'version.publish',
        targetType: 'version',
        targetId: String(v.id),
      },
    ]);

    const page = await auditPage(db, noFilter);
    const [versionLine, consultationLine] = page.lines;
    expect(versionLine?.objects).toEqual([
      expect.objectContaining({
        name: `${v.regTitle} · ${v.label}`,
        href: `/regulations/${v.regSlug}/versions/${v.slug}`,
      }),
    ]);
    expect(consultationLine?.objects).toEqual([
      expect.objectContaining({
        name: `${c.regTitle} · ${c.title}`,
        href: `/staff/report/${c.regSlug}/${c.slug}`,
      }),
    ]);
  });
});
