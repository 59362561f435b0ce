/**
 * Files of each kind a comment may carry, and hostile ones, built in memory; and a
 * multipart/form-data body as a browser sends it.
 */
import { crc32, deflateSync } from 'node:zlib';
import { deflatedEntry, deflatedRun, zip } from './zip.ts';

export function pdfFile(text = '关于第二条的书面意见'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.byteLength, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A real 2×2 PNG. */
export function pngFile(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // truecolour
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The head of a JFIF JPEG (enough for a sniffer; a viewer would want the rest). */
export function jpegFile(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from([1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]),
  ]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const DOCUMENT =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>建议删除第二条第二款。</w:t></w:r></w:p></w:body></w:document>';

export function docxFile(): Buffer {
  return zip([
    deflatedEntry('[Content_Types].xml', CONTENT_TYPES),
    deflatedEntry('word/document.xml', DOCUMENT),
  ]);
}

/** A DOCX whose document inflates to `bytes` (1 GB: a zip bomb of about a megabyte). */
export async function docxBomb(bytes = 1024 * 1024 * 1024): Promise<Buffer> {
  return zip([
    deflatedEntry('[Content_Types].xml', CONTENT_TYPES),
    {
      name: 'word/document.xml',
      data: await deflatedRun(bytes),
      size: bytes % 2 ** 32 === 0 ? 2 ** 32 - 1 - 1 : bytes,
    },
  ]);
}

/** An XLSX is a zip too, but not a Word document. */
export function xlsxLikeZip(): Buffer {
  return zip([
    deflatedEntry(
      '[Content_Types].xml',
      CONTENT_TYPES.replace('wordprocessingml.document.main', 'spreadsheetml.sheet.main'),
    ),
    deflatedEntry('xl/workbook.xml', '<workbook/>'),
  ]);
}

export interface Part {
  name: string;
  value?: string;
  file?: { name: string; data: Buffer; type?: string };
}

/** A multipart/form-data body and its Content-Type, as a browser builds them. */
export function multipartBody(
  parts: readonly Part[],
  boundary = '----OpenClauseTestBoundary7MA4YWxkTrZu0gW',
): { body: Buffer; contentType: string } {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const filename = p.file ? `; filename="${p.file.name.replace(/"/g, '%22')}"` : '';
    const type = p.file ? `\r\nContent-Type: ${p.file.type ?? 'application/octet-stream'}` : '';
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${filename}${type}\r\n\r\n`,
      ),
    );
    chunks.push(p.file ? p.file.data : Buffer.from(p.value ?? ''));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
