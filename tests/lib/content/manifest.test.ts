import { describe, expect, it } from 'vitest';
import { readRegulationManifest, readVersionFrontMatter, splitFrontMatter } from '../../../src/lib/content/manifest.ts';

const base = {
  title: '临江市物业管理条例',
  language: 'zh',
  sponsor: '市住建局',
  committee: '城建环保工委',
  stage: 'review',
  summary: '……',
  consultations: [
    { slug: 'first', kind: 'draft', version: 'first-reading', title: '一审稿征求意见', opens: '2026-11-20T09:00:00+08:00', closes: '2026-12-21T18:00:00+08:00' },
  ],
};

describe('regulation manifest', () => {
  it('accepts a complete manifest and defaults the short title to the title', () => {
    const r = readRegulationManifest('property', base, 'x.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.shortTitle).toBe('临江市物业管理条例');
    expect(r.value.consultations[0]!.closesAt.toISOString()).toBe('2026-12-21T10:00:00.000Z');
  });

  it('requires a recorded reason for a window shorter than 30 days (立法法 art. 40)', () => {
    const short = { ...base, consultations: [{ ...base.consultations[0]!, closes: '2026-12-10T18:00:00+08:00' }] };
    const r = readRegulationManifest('property', short, 'x.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/少于30日.*shortWindowReason/);
    const withReason = { ...short, consultations: [{ ...short.consultations[0]!, shortWindowReason: '上位法修改，需紧急衔接' }] };
    expect(readRegulationManifest('property', withReason, 'x.yaml').ok).toBe(true);
  });

  it('names the file and every problem at once', () => {
    const r = readRegulationManifest('Bad Slug', { ...base, stage: 'voting', title: '' }, 'content/regulations/x/regulation.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.every((p) => p.file === 'content/regulations/x/regulation.yaml')).toBe(true);
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(/Folder name[\s\S]*title[\s\S]*stage/);
  });

  it('rejects times without an offset, which would be read in the server zone', () => {
    const r = readRegulationManifest('p', { ...base, consultations: [{ ...base.consultations[0]!, opens: '2026-11-20 09:00' }] }, 'x');
    expect(r.ok).toBe(false);
  });
});

describe('version front matter', () => {
  it('splits front matter and keeps the body on its original line numbers', () => {
    const src = '---\nslug: a\nlabel: 一审稿\n---\n# 标题\n';
    const { yaml, body } = splitFrontMatter(src);
    expect(yaml).toBe('slug: a\nlabel: 一审稿');
    expect(body.split('\n')[4]).toBe('# 标题');
  });
  it('validates the version fields', () => {
    expect(readVersionFrontMatter({ slug: 'first-reading', label: '一审稿', stage: 'review', date: '2026-08-27' }, 'f').ok).toBe(true);
    expect(readVersionFrontMatter({ slug: 'x', label: '一审稿', stage: 'review', date: '27/08/2026' }, 'f').ok).toBe(false);
  });
});

describe('folded summaries', () => {
  it('drop the spaces a folded YAML block puts between Chinese lines, keep English spacing', async () => {
    const { joinFoldedLines } = await import('../../../src/lib/content/manifest.ts');
    expect(joinFoldedLines('停车、 加装电梯等问题。 二审稿（草案修改稿） 正在征求意见。')).toBe('停车、加装电梯等问题。二审稿（草案修改稿）正在征求意见。');
    expect(joinFoldedLines('Open data by default. The draft is open.')).toBe('Open data by default. The draft is open.');
    expect(joinFoldedLines('规定 Open Data 条例')).toBe('规定 Open Data 条例');
  });
});
