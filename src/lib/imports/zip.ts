/**
 * The entries of a zip file (an XLSX is one), read without trusting what the file declares.
 * A zip bomb is a small file whose entries inflate to gigabytes (issue #14: 1.5 MB → 1.5 GB
 * took the server to 1.9 GB, three at once killed it), so:
 *
 * 1. the central directory is read first, and the file refused when its entries declare more
 *    than `maxTotalBytes` in all, more than `maxEntries` entries, or an entry a ratio of
 *    inflated to compressed size above `maxRatio` (past 1 MiB: small XML parts legitimately
 *    compress well);
 * 2. only the wanted entries are inflated, each with Node's `maxOutputLength` set to what
 *    remains of `maxTotalBytes`, so an entry that lies about its size stops at the cap rather
 *    than at the end of the memory; an entry whose inflated size differs from the declared one
 *    is refused too.
 *
 * Memory is therefore bounded by the compressed file plus `maxTotalBytes`. Zip64 archives are
 * refused: no spreadsheet of opinions needs one.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the inflated sizes, declared and actual. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed size of one entry larger than 1 MiB. */
  maxRatio: number;
}

export type ZipRefusal = 'not-zip' | 'too-large' | 'ratio' | 'unsupported' | 'corrupt';

export type ZipRead =
  { ok: true; entries: Map<string, Buffer> } | { ok: false; reason: ZipRefusal };

interface CentralEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  flags: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const RATIO_FLOOR = 1024 * 1024;

/** True when the bytes start like a zip file (a .docx is one): `PK\x03\x04`. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  );
}

/** The entries of `bytes` whose names `wanted` accepts, inflated under `limits`. */
export function readZip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits,
): ZipRead {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const listed = centralDirectory(buf, limits);
  if (!Array.isArray(listed)) return { ok: false, reason: listed };
  const entries = new Map<string, Buffer>();
  let budget = limits.maxTotalBytes;
  for (const entry of listed.filter((e) => wanted(e.name))) {
    const data = inflateEntry(buf, entry, budget);
    if (typeof data === 'string') return { ok: false, reason: data };
    budget -= data.byteLength;
    entries.set(entry.name, data);
  }
  return { ok: true, entries };
}

function centralDirectory(buf: Buffer, limits: ZipLimits): CentralEntry[] | ZipRefusal {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return 'not-zip';
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) return 'unsupported';
  if (count > limits.maxEntries) return 'too-large';
  if (offset + size > eocd) return 'corrupt';
  const entries: CentralEntry[] = [];
  let declared = 0;
  for (let p = offset, i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return 'corrupt';
    const nameLength = buf.readUInt16LE(p + 28);
    const entry: CentralEntry = {
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    };
    if (
      entry.size === 0xffffffff ||
      entry.compressedSize === 0xffffffff ||
      entry.localOffset === 0xffffffff
    )
      return 'unsupported';
    declared += entry.size;
    if (declared > limits.maxTotalBytes) return 'too-large';
    if (
      entry.size > RATIO_FLOOR &&
      entry.size / Math.max(entry.compressedSize, 1) > limits.maxRatio
    )
      return 'ratio';
    entries.push(entry);
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 0xffff); p--) {
    if (buf.readUInt32LE(p) === EOCD) return p;
  }
  return -1;
}

function inflateEntry(buf: Buffer, entry: CentralEntry, budget: number): Buffer | ZipRefusal {
  if (entry.flags & 0x1) return 'unsupported'; // encrypted
  const p = entry.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) return 'corrupt';
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) return 'corrupt';
  const raw = buf.subarray(start, end);
  let data: Buffer;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      // Stops with ERR_BUFFER_TOO_LARGE at the cap, whatever the entry declared.
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, budget) });
    } catch (error) {
      return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'corrupt';
    }
  } else return 'unsupported';
  if (data.byteLength > budget) return 'too-large';
  if (data.byteLength !== entry.size) return 'corrupt';
  return data;
}
