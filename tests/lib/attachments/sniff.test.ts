/** Kinds from content alone, hostile files refused, names cleaned, multipart split (issue #18). */
import { describe, expect, it } from 'vitest';
import {
  attachmentDisposition,
  boundaryOf,
  checkFiles,
  MAX_FILE_BYTES,
  MAX_FILES,
  parseMultipart,
  safeFileName,
  sniffKind,
} from '../../../src/lib/attachments/index.ts';
import {
  docxBomb,
  docxFile,
  jpegFile,
  multipartBody,
  pdfFile,
  pngFile,
  xlsxLikeZip,
} from '../../helpers/attachments.ts';

const sent = (name: string, data: Buffer) => ({ field: 'files', name, data });

describe('sniffKind', () => {
  it('knows each accepted kind by its content', () => {
    expect(sniffKind(pdfFile())).toEqual({ ok: true, kind: 'pdf' });
    expect(sniffKind(pngFile())).toEqual({ ok: true, kind: 'png' });
    expect(sniffKind(jpegFile())).toEqual({ ok: true, kind: 'jpeg' });
    expect(sniffKind(docxFile())).toEqual({ ok: true, kind: 'docx' });
  });

  it('refuses HTML renamed .pdf, an SVG, an executable, a spreadsheet zip and text', () => {
    expect(
      sniffKind(Buffer.from('<!doctype html><script>alert(document.cookie)</script>%PDF-1.4')),
    ).toEqual({ ok: false, reason: 'type' });
    expect(
      sniffKind(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')),
    ).toEqual({ ok: false, reason: 'type' });
    expect(sniffKind(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'))).toEqual({
      ok: false,
      reason: 'type',
    });
    expect(sniffKind(xlsxLikeZip())).toEqual({ ok: false, reason: 'type' });
    expect(sniffKind(Buffer.from('建议删除第二条'))).toEqual({ ok: false, reason: 'type' });
    // A PDF signature further in (PDF readers tolerate a preamble) is not enough here.
    expect(sniffKind(Buffer.concat([Buffer.from('<html>'), pdfFile()]))).toEqual({
      ok: false,
      reason: 'type',
    });
  });

  it('refuses a DOCX zip bomb (1 GB inflated) without inflating it', async () => {
    const bomb = await docxBomb();
    expect(bomb.byteLength).toBeLessThan(MAX_FILE_BYTES);
    const before = process.memoryUsage().rss;
    expect(sniffKind(bomb)).toEqual({ ok: false, reason: 'zip-bomb' });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('takes a polyglot as the kind it begins with (it is only ever served as that kind, as a download)', () => {
    const pngThenHtml = Buffer.concat([
      pngFile(),
      Buffer.from('<html><script>alert(1)</script></html>'),
    ]);
    expect(sniffKind(pngThenHtml)).toEqual({ ok: true, kind: 'png' });
    const pdfThenZip = Buffer.concat([pdfFile(), docxFile()]);
    expect(sniffKind(pdfThenZip)).toEqual({ ok: true, kind: 'pdf' });
  });

  it('refuses truncated signatures', () => {
    expect(sniffKind(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toEqual({ ok: false, reason: 'type' });
    expect(sniffKind(Buffer.from([0xff, 0xd8]))).toEqual({ ok: false, reason: 'type' });
    expect(sniffKind(Buffer.from('PK\x03\x04', 'latin1'))).toEqual({ ok: false, reason: 'type' });
  });
});

describe('safeFileName', () => {
  it('keeps the last path segment and the sniffed extension only', () => {
    expect(safeFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(safeFileName('C:\\Users\\张三\\Desktop\\意见.docx', 'docx')).toBe('意见.docx');
    expect(safeFileName('invoice.pdf.exe', 'pdf')).toBe('invoice.pdf.pdf');
    expect(safeFileName('photo.html', 'jpeg')).toBe('photo.jpg');
    expect(safeFileName('..', 'png')).toBe('attachment.png');
  });

  it('drops control and bidi characters, quotes and angle brackets', () => {
    expect(safeFileName('evil\u202Efdp.exe', 'pdf')).toBe('evilfdp.pdf');
    expect(safeFileName('a"b<c>\r\nd.pdf', 'pdf')).toBe('abcd.pdf');
  });

  it('cuts a huge name to 100 characters, extension included', () => {
    const name = safeFileName(`${'长'.repeat(5000)}.pdf`, 'pdf');
    expect([...name]).toHaveLength(100);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('gives a Content-Disposition that is always an attachment, with an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentDisposition('意见 (2).pdf')).toBe(
      'attachment; filename="__ (2).pdf"; filename*=UTF-8\'\'%E6%84%8F%E8%A7%81%20%282%29.pdf',
    );
    expect(attachmentDisposition('a"b;c.pdf')).toBe(
      'attachment; filename="a_b_c.pdf"; filename*=UTF-8\'\'a%22b%3Bc.pdf',
    );
  });
});

describe('checkFiles', () => {
  it('drops the empty part a browser sends when no file was chosen', () => {
    expect(checkFiles([sent('', Buffer.alloc(0))])).toEqual({ ok: true, files: [] });
  });

  it('accepts up to five files, with their sniffed kind, size and digest', () => {
    const out = checkFiles([
      sent('a.pdf', pdfFile()),
      sent('b.docx', docxFile()),
      sent('c.jpg', jpegFile()),
      sent('d.png', pngFile()),
      sent('e.pdf', pdfFile('e')),
    ]);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.files.map((f) => [f.fileName, f.kind])).toEqual([
      ['a.pdf', 'pdf'],
      ['b.docx', 'docx'],
      ['c.jpg', 'jpeg'],
      ['d.png', 'png'],
      ['e.pdf', 'pdf'],
    ]);
    expect(out.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a sixth file, an empty one, one over 10 MB, one of another kind, and a part under another name', () => {
    expect(
      checkFiles(Array.from({ length: MAX_FILES + 1 }, (_, i) => sent(`${i}.pdf`, pdfFile()))),
    ).toEqual({ ok: false, refusal: { problem: 'too-many' } });
    expect(checkFiles([sent('空.pdf', Buffer.alloc(0))])).toEqual({
      ok: false,
      refusal: { problem: 'empty', file: '空.pdf' },
    });
    const big = Buffer.concat([pdfFile(), Buffer.alloc(MAX_FILE_BYTES)]);
    expect(checkFiles([sent('big.pdf', big)])).toEqual({
      ok: false,
      refusal: { problem: 'too-large', file: 'big.pdf' },
    });
    expect(checkFiles([sent('page.pdf', Buffer.from('<html></html>'))])).toEqual({
      ok: false,
      refusal: { problem: 'type', file: 'page.pdf' },
    });
    expect(checkFiles([{ field: 'other', name: 'a.pdf', data: pdfFile() }])).toEqual({
      ok: false,
      refusal: { problem: 'malformed' },
    });
  });

  it('shows a hostile name in a refusal only as its last, shortened segment', () => {
    const out = checkFiles([sent(`../../${'x'.repeat(300)}\u202E.html`, Buffer.from('<html>'))]);
    expect(out.ok).toBe(false);
    if (out.ok || !('file' in out.refusal)) throw new Error('expected a named refusal');
    expect([...out.refusal.file]).toHaveLength(60);
    expect(out.refusal.file).not.toContain('/');
  });
});

describe('parseMultipart', () => {
  it('splits fields and files as a browser sends them, files as views of the body', () => {
    const pdf = pdfFile();
    const { body, contentType } = multipartBody([
      { name: 'body', value: '建议修改第二条。\r\n第二段。' },
      { name: 'files', file: { name: '意见 "终稿".pdf', data: pdf } },
      { name: 'files', file: { name: '', data: Buffer.alloc(0) } },
    ]);
    const parsed = parseMultipart(body, boundaryOf(contentType)!);
    expect(parsed?.fields).toEqual({ body: '建议修改第二条。\r\n第二段。' });
    expect(parsed?.files.map((f) => [f.name, f.data.byteLength])).toEqual([
      ['意见 "终稿".pdf', pdf.byteLength],
      ['', 0],
    ]);
    expect(parsed?.files[0]!.data.buffer).toBe(body.buffer);
  });

  it('refuses what no browser sends: a cut body, a nameless part, a NUL or broken UTF-8 in a field, no boundary', () => {
    const { body, contentType } = multipartBody([{ name: 'body', value: 'x' }]);
    const boundary = boundaryOf(contentType)!;
    expect(parseMultipart(body.subarray(0, body.byteLength - 10), boundary)).toBeNull();
    expect(parseMultipart(multipartBody([{ name: '', value: 'x' }]).body, boundary)).toBeNull();
    expect(
      parseMultipart(multipartBody([{ name: 'body', value: 'a\0b' }]).body, boundary),
    ).toBeNull();
    expect(
      parseMultipart(
        Buffer.concat([
          multipartBody([{ name: 'body', value: 'a' }]).body.subarray(0, 90),
          Buffer.from([0xff, 0xfe]),
        ]),
        boundary,
      ),
    ).toBeNull();
    expect(parseMultipart(Buffer.from('no parts here'), boundary)).toBeNull();
    expect(boundaryOf('multipart/form-data')).toBeNull();
    expect(boundaryOf('application/x-www-form-urlencoded')).toBeNull();
  });

  it('refuses more than 64 parts', () => {
    const many = multipartBody(
      Array.from({ length: 65 }, (_, i) => ({ name: `f${i}`, value: 'x' })),
    );
    expect(parseMultipart(many.body, boundaryOf(many.contentType)!)).toBeNull();
  });
});
