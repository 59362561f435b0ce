/**
 * Builds zip files for tests, including hostile ones: entries may declare sizes other than
 * their real ones, and a large run of one byte is deflated in chunks so that a bomb of
 * gigabytes is made without holding them.
 */
import { createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Deflated bytes (raw DEFLATE) and the inflated size to declare. */
  data: Buffer;
  size: number;
  crc?: number;
}

export function deflatedEntry(name: string, content: string | Buffer): ZipEntry {
  const raw = typeof content === 'string' ? Buffer.from(content) : content;
  return { name, data: deflateRawSync(raw), size: raw.byteLength };
}

/** `bytes` bytes of `fill`, deflated a megabyte at a time. */
export async function deflatedRun(bytes: number, fill = 0x41): Promise<Buffer> {
  const stream = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  stream.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => stream.on('end', resolve));
  const chunk = Buffer.alloc(1024 * 1024, fill);
  for (let left = bytes; left > 0; left -= chunk.byteLength) {
    const piece = left >= chunk.byteLength ? chunk : chunk.subarray(0, left);
    if (!stream.write(piece)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await done;
  return Buffer.concat(out);
}

export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(e.data.byteLength, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    locals.push(local, name, e.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc ?? 0, 16);
    central.writeUInt32LE(e.data.byteLength, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.byteLength + e.data.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const WORKBOOK =
  '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

/** A minimal XLSX whose first sheet is `sheet` (the deflated sheet XML entry), with room for more entries. */
export function xlsxWith(sheet: ZipEntry, ...more: ZipEntry[]): Buffer {
  return zip([
    deflatedEntry('xl/workbook.xml', WORKBOOK),
    deflatedEntry('xl/_rels/workbook.xml.rels', RELS),
    { ...sheet, name: 'xl/worksheets/sheet1.xml' },
    ...more,
  ]);
}

/**
 * A zip bomb shaped as an XLSX: a sheet that inflates to `bytes` (about a thousandth of that
 * compressed). `declared`: the size its headers claim (default: the truth).
 */
export async function xlsxBomb(bytes: number, declared = bytes): Promise<Buffer> {
  return xlsxWith({ name: 'sheet', data: await deflatedRun(bytes), size: declared >>> 0 });
}
