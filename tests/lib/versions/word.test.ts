/** Reading a Word draft: what is refused (hostile or wrong files) and how paragraphs become Markdown. */
import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';
import { versionDocx } from '../../../src/lib/regulations/version-docx.ts';
import {
  escapeMarkdown,
  markdownOf,
  readWordDraft,
  type WordElement,
} from '../../../src/lib/versions/word.ts';

const run = (text: string, isBold = false): WordElement => ({
  type: 'run',
  isBold,
  children: [{ type: 'text', value: text }],
});
const para = (runs: WordElement[], extra: Partial<WordElement> = {}): WordElement => ({
  type: 'paragraph',
  styleName: null,
  alignment: null,
  numbering: null,
  children: runs,
  ...extra,
});

describe('readWordDraft refuses', () => {
  it('a file that is not a zip (an old .doc, a PDF, text) as not-docx', async () => {
    expect(await readWordDraft(new TextEncoder().encode('第一条 为了……'))).toEqual({
      ok: false,
      reason: 'not-docx',
    });
    expect(await readWordDraft(Buffer.from('%PDF-1.7\n'))).toEqual({
      ok: false,
      reason: 'not-docx',
    });
    expect(
      await readWordDraft(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    ).toEqual({ ok: false, reason: 'not-docx' });
  });

  it('a zip without a Word document in it (an XLSX, any zip)', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    expect(
      await readWordDraft(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })),
    ).toEqual({ ok: false, reason: 'not-docx' });
  });

  it('a zip bomb: an entry that declares 40 MB inflated, before inflating it', async () => {
    const body = Buffer.alloc(40 * 1024 * 1024, 0x20);
    const bytes = oneEntryZip('word/document.xml', deflateRawSync(body), body.byteLength);
    expect(bytes.byteLength).toBeLessThan(100_000);
    expect(await readWordDraft(bytes)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('an entry that lies about its size (declares 1 KB, inflates to 40 MB): stopped at the cap', async () => {
    const bytes = oneEntryZip(
      'word/document.xml',
      deflateRawSync(Buffer.alloc(40 * 1024 * 1024, 0x20)),
      1024,
    );
    expect(await readWordDraft(bytes)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('a Word document with no text', async () => {
    const docx = await versionDocx([], { title: '', subtitle: '', language: 'zh', preamble: [] });
    expect(await readWordDraft(docx)).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('markdownOf', () => {
  it('maps Title, heading styles (Word and WPS names) and centred division lines, and leaves Subtitle out', () => {
    const doc: WordElement = {
      type: 'document',
      children: [
        para([run('临江市物业管理条例（草案）')], { styleName: 'Title' }),
        para([run('一审稿 · 2026年11月1日')], { styleName: 'Subtitle' }),
        para([run('第一章　总则', true)], { styleName: '标题 1' }),
        para([run('第一节　一般规定')], { alignment: 'center' }),
        para([run('第一条', true), run('　为了规范物业管理活动，制定本条例。')]),
        para([run('第二章 业主'), { type: 'break', breakType: 'line' }, run('和业主大会')]),
      ],
    };
    expect(markdownOf(doc).markdown).toBe(
      '# 临江市物业管理条例（草案）\n\n## 第一章　总则\n\n### 第一节　一般规定\n\n第一条　为了规范物业管理活动，制定本条例。\n\n第二章 业主\n和业主大会\n',
    );
  });

  it('reads table rows as paragraphs and counts automatic numbering and images for staff', () => {
    const cell = (text: string): WordElement => ({
      type: 'tableCell',
      children: [para([run(text)])],
    });
    const doc: WordElement = {
      type: 'document',
      children: [
        { type: 'table', children: [{ type: 'tableRow', children: [cell('序号'), cell('事项')] }] },
        para([run('公开透明；')], { numbering: { level: '0', isOrdered: true } }),
        para([run('图'), { type: 'image' }]),
      ],
    };
    expect(markdownOf(doc)).toEqual({
      markdown: '序号 事项\n\n公开透明；\n\n图\n',
      notes: [
        { code: 'auto-numbering', count: 1 },
        { code: 'images', count: 1 },
      ],
    });
  });

  it('escapes what Markdown would read as markup, so the parser reads the characters Word shows', () => {
    const lines = [
      '# 不是标题',
      '> 不是引文',
      '- 不是列表',
      '---',
      '5 * 3 = 15，a_b_c，[链接](x)，<b>粗</b>，&amp;，`代码`，\\n',
    ];
    for (const line of lines) {
      const parsed = parseDraft(`# 条例\n\n第一条 前文。\n\n${escapeMarkdown(line)}\n`, {
        file: null,
        language: 'zh',
      });
      expect(parsed.ok && parsed.document.nodes[0]!.children.map((c) => c.text)).toEqual([
        '前文。',
        line,
      ]);
    }
  });
});

/** A zip of one deflated entry whose headers declare `declaredSize` inflated bytes. */
function oneEntryZip(name: string, deflated: Buffer, declaredSize: number): Buffer {
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.byteLength, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(fileName.byteLength, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.byteLength, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(fileName.byteLength, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.byteLength + fileName.byteLength + deflated.byteLength;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.byteLength + fileName.byteLength, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, fileName, deflated, central, fileName, end]);
}
