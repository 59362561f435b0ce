/**
 * Reading a comment post that carries files (multipart/form-data) on the direct route, within
 * bounds: a post whose declared length passes MAX_ATTACHMENT_POST_BYTES is refused unread; one
 * that streams past it is cut off there; and at most ATTACHMENT_POSTS_AT_ONCE such posts are
 * read and stored at a time by this process. The others wait with their bodies unread (TCP
 * holds them back), so the memory files take stays bounded whatever the number of senders
 * (bench/attachments.ts measures it).
 */
import type { IncomingMessage } from 'node:http';
import { ATTACHMENT_POSTS_AT_ONCE, MAX_ATTACHMENT_POST_BYTES } from '../attachments/limits.ts';

export type ReadBody =
  { ok: true; body: Buffer } | { ok: false; reason: 'post-too-large' | 'aborted' };

/**
 * The whole body, or a refusal as soon as it passes `cap`. With a declared length the bytes go
 * straight into one buffer of that size (no second copy when the chunks are joined).
 */
export function readCapped(
  req: IncomingMessage,
  cap = MAX_ATTACHMENT_POST_BYTES,
): Promise<ReadBody> {
  const declared = Number(req.headers['content-length']);
  if (Number.isInteger(declared) && declared > cap)
    return Promise.resolve({ ok: false, reason: 'post-too-large' });
  return new Promise((resolve) => {
    const sized = Number.isInteger(declared) && declared >= 0 ? Buffer.allocUnsafe(declared) : null;
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (result: ReadBody) => {
      req.removeAllListeners('data');
      req.pause();
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (size + chunk.byteLength > (sized ? sized.byteLength : cap))
        return stop({ ok: false, reason: 'post-too-large' });
      if (sized) chunk.copy(sized, size);
      else chunks.push(chunk);
      size += chunk.byteLength;
    });
    req.once('error', () => stop({ ok: false, reason: 'aborted' }));
    req.once('aborted', () => stop({ ok: false, reason: 'aborted' }));
    req.once('end', () => {
      if (sized && size !== sized.byteLength) return resolve({ ok: false, reason: 'aborted' });
      resolve({ ok: true, body: sized ?? Buffer.concat(chunks, size) });
    });
  });
}

let running = 0;
const waiting: (() => void)[] = [];

/** Waits for a turn to read and store a post with files; call the returned function when done. */
export async function attachmentTurn(): Promise<() => void> {
  if (running >= ATTACHMENT_POSTS_AT_ONCE)
    await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
}
