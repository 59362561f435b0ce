/** A version as a Word document: the layout of its paragraphs, and a real .docx holding the text. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  versionBlocks,
  versionDocx,
  type DocxClause,
} from '../../../src/lib/regulations/version-docx.ts';

const node = (
  kind: string,
  label: string,
  text: string,
  children: DocxClause[] = [],
  heading = '',
): DocxClause => ({ kind, label, heading, text, children });

const zhTree = [
  node(
    'chapter',
    '第一章',
    '',
    [
      node('article', '第一条', '为了规范物业管理活动，制定本条例。'),
      node('article', '第二条', '', [
        node('paragraph', '', '本条例适用于本市。'),
        node('paragraph', '', '有下列情形之一的：', [
          node('point', '（一）', '公开透明；'),
          node('point', '（二）', '公众参与。'),
        ]),
      ]),
    ],
    '总则',
  ),
];

describe('versionBlocks', () => {
  it('centres divisions, bolds article labels and runs the first text (or first paragraph) on after the label', () => {
    expect(versionBlocks(zhTree, 'zh')).toEqual([
      { style: 'division', runs: [{ text: '第一章　总则', bold: true }], depth: 0 },
      {
        style: 'text',
        runs: [{ text: '第一条', bold: true }, { text: '　为了规范物业管理活动，制定本条例。' }],
        depth: 0,
      },
      {
        style: 'text',
        runs: [{ text: '第二条', bold: true }, { text: '　本条例适用于本市。' }],
        depth: 0,
      },
      { style: 'text', runs: [{ text: '有下列情形之一的：' }], depth: 1 },
      { style: 'text', runs: [{ text: '（一）' }, { text: '公开透明；' }], depth: 2 },
      { style: 'text', runs: [{ text: '（二）' }, { text: '公众参与。' }], depth: 2 },
    ]);
  });

  it('sets an English section heading on its own line, its text below, with a space after labels', () => {
    const en = [
      node(
        'section',
        'SEC. 2.',
        'Definitions.',
        [node('subsection', '(a)', 'In general.')],
        'DEFINITIONS.',
      ),
    ];
    expect(versionBlocks(en, 'en')).toEqual([
      { style: 'section', runs: [{ text: 'SEC. 2. DEFINITIONS.', bold: true }], depth: 0 },
      { style: 'text', runs: [{ text: 'Definitions.' }], depth: 0 },
      { style: 'text', runs: [{ text: '(a) ' }, { text: 'In general.' }], depth: 1 },
    ]);
  });

  it('runs an appropriations section on with its first subsection, as the bill prints it', () => {
    const en = [
      node('section', 'Sec. 104.', '', [
        node('subsection', '(a)', 'In general.', [node('paragraph', '(1)', 'One.')]),
        node('subsection', '(b)', 'Other.'),
      ]),
    ];
    expect(versionBlocks(en, 'en')).toEqual([
      {
        style: 'text',
        runs: [{ text: 'Sec. 104.', bold: true }, { text: ' (a) In general.' }],
        depth: 0,
      },
      { style: 'text', runs: [{ text: '(1) ' }, { text: 'One.' }], depth: 2 },
      { style: 'text', runs: [{ text: '(b) ' }, { text: 'Other.' }], depth: 1 },
    ]);
  });
});

describe('versionDocx', () => {
  it('writes a Word document whose body holds the title and every clause in order', async () => {
    const buffer = await versionDocx(zhTree, {
      title: '临江市物业管理条例（草案）',
      subtitle: '一审稿 · 2026年11月1日',
      language: 'zh',
      preamble: ['（2026年11月1日公布）'],
    });
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toBe(
      '临江市物业管理条例（草案）一审稿 · 2026年11月1日（2026年11月1日公布）第一章　总则第一条　为了规范物业管理活动，制定本条例。第二条　本条例适用于本市。有下列情形之一的：（一）公开透明；（二）公众参与。',
    );
  });
});
