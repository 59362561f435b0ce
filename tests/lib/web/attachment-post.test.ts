/**
 * The comment form's post with files on the direct route (issue #18): stored with its files
 * and answered with the receipt; refused whole, with the reason handed to the page, when a
 * file is hostile or too much is sent; a post whose file input is empty taken like any other.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attachmentsByReceipt,
  MAX_ATTACHMENT_POST_BYTES,
} from '../../../src/lib/attachments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { intakeRoute, takenIntake, type TakenIntake } from '../../../src/lib/web/intake-route.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';
import { patience } from '../../helpers/patience.ts';
import {
  docxBomb,
  docxFile,
  jpegFile,
  multipartBody,
  pdfFile,
  pngFile,
  type Part,
} from '../../helpers/attachments.ts';

let db: TestDb;
let server: http.Server;
let base: string;
const handedOn: {
  taken: TakenIntake | undefined;
  body: string | undefined;
  type: string | undefined;
}[] = [];
const path = '/regulations/sample/versions/first-reading/comment';

beforeAll(async () => {
  db = await seededDatabase();
  server = http.createServer(
    intakeRoute({
      db: () => db.db,
      config: { addressSalt: 'test-salt', commentsPerHour: 1000, trustedProxies: [] },
      next: (req, res) => {
        handedOn.push({
          taken: takenIntake(),
          body: (req as { body?: Buffer }).body?.toString(),
          type: req.headers['content-type'],
        });
        res.writeHead(299).end();
      },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await db?.cleanup();
});

let seq = 0;
const fields = (over: Record<string, string> = {}): Part[] =>
  Object.entries({
    idempotencyKey: `files-route-key-${++seq}-x`,
    clause: 'chp_1__art_2',
    stance: 'amend',
    body: '本会的书面意见见附件。',
    consentPublish: 'on',
    ...over,
  }).map(([name, value]) => ({ name, value }));
const file = (name: string, data: Buffer): Part => ({ name: 'files', file: { name, data } });
async function post(parts: Part[], headers: Record<string, string> = {}) {
  const { body, contentType } = multipartBody(parts);
  return fetch(base + path, {
    method: 'POST',
    redirect: 'manual',
    body: body as Uint8Array<ArrayBuffer>,
    headers: { 'content-type': contentType, origin: base, ...headers },
  });
}
const count = async () => [
  (await db.db.select({ id: schema.comments.id }).from(schema.comments)).length,
  (await db.db.select({ id: schema.commentAttachments.id }).from(schema.commentAttachments)).length,
];
const codeOf = (response: Response) =>
  decodeURIComponent(
    response.headers.get('location')!.replace(/^\/receipts\/([^?]+)\?new=1$/, '$1'),
  );

describe('a comment post with files', () => {
  it('is stored with its files and answered 303 to the receipt', async () => {
    const response = await post([
      ...fields(),
      file('信函.pdf', pdfFile()),
      file('附件.docx', docxFile()),
      file('照片.jpg', jpegFile()),
    ]);
    expect(response.status).toBe(303);
    const files = await attachmentsByReceipt(db.db, codeOf(response));
    expect(files.map((f) => [f.fileName, f.kind])).toEqual([
      ['信函.pdf', 'pdf'],
      ['附件.docx', 'docx'],
      ['照片.jpg', 'jpeg'],
    ]);
  });

  it('with its file input left empty is taken like a plain form post', async () => {
    const response = await post([...fields(), file('', Buffer.alloc(0))]);
    expect(response.status).toBe(303);
    expect(await attachmentsByReceipt(db.db, codeOf(response))).toEqual([]);
  });

  const refusals: [string, () => Promise<Part[]>, object][] = [
    [
      'six files',
      async () => Array.from({ length: 6 }, (_, i) => file(`${i}.png`, pngFile())),
      { problem: 'too-many' },
    ],
    [
      'HTML renamed .pdf',
      async () => [file('report.pdf', Buffer.from('<html><script>alert(1)</script></html>'))],
      { problem: 'type', file: 'report.pdf' },
    ],
    [
      'a zip bomb named .docx',
      async () => [file('bomb.docx', await docxBomb())],
      { problem: 'zip-bomb', file: 'bomb.docx' },
    ],
    [
      'an empty file',
      async () => [file('empty.pdf', Buffer.alloc(0))],
      { problem: 'empty', file: 'empty.pdf' },
    ],
    [
      'a path-traversal name with a good file beside a bad one',
      async () => [
        file('../../../etc/passwd.pdf', pdfFile()),
        file('..\\..\\x.png', Buffer.from('GIF89a')),
      ],
      { problem: 'type', file: 'x.png' },
    ],
  ];
  for (const [what, parts, refusal] of refusals) {
    it(`with ${what} is refused whole: nothing stored, the text fields handed to the page`, async () => {
      const before = await count();
      const response = await post([...fields({ body: '保留我写的内容。' }), ...(await parts())]);
      expect(response.status).toBe(299);
      const last = handedOn.at(-1)!;
      expect(last.taken?.outcome).toEqual({ ok: false, reason: 'files', refusal });
      expect(last.taken?.values['body']).toBe('保留我写的内容。');
      // The page sees a plain form post of the text fields; it never reads the files again.
      expect(last.type).toBe('application/x-www-form-urlencoded');
      expect(new URLSearchParams(last.body).get('body')).toBe('保留我写的内容。');
      expect(await count()).toEqual(before);
    });
  }

  it('declared larger than the cap is refused unread, and the connection closed', async () => {
    const before = await count();
    const { contentType } = multipartBody([]);
    const answer = await new Promise<{ status: number; connection: string | undefined }>(
      (resolve, reject) => {
        const req = http.request(
          base + path,
          {
            method: 'POST',
            headers: {
              'content-type': contentType,
              origin: base,
              'content-length': String(MAX_ATTACHMENT_POST_BYTES + 1),
            },
          },
          (res) => {
            res.resume();
            resolve({ status: res.statusCode!, connection: res.headers.connection });
          },
        );
        req.on('error', reject);
        req.write(Buffer.alloc(64 * 1024));
      },
    );
    expect(answer).toEqual({ status: 299, connection: 'close' });
    expect(handedOn.at(-1)!.taken?.outcome).toEqual({
      ok: false,
      reason: 'files',
      refusal: { problem: 'post-too-large' },
    });
    expect(await count()).toEqual(before);
  });

  it('that streams past the cap without a declared length is cut off there', async () => {
    const before = await count();
    const handed = handedOn.length;
    const { contentType } = multipartBody([]);
    const req = http.request(
      base + path,
      {
        method: 'POST',
        headers: { 'content-type': contentType, origin: base, 'transfer-encoding': 'chunked' },
      },
      (res) => res.resume(),
    );
    req.on('error', () => {}); // the server may close the connection before the client has sent it all
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    for (let i = 0; i < 60 && !req.destroyed; i++) {
      if (!req.write(chunk))
        await new Promise((resolve) => {
          req.once('drain', resolve);
          req.once('close', resolve);
        });
      if (handedOn.length > handed) break;
    }
    req.destroy();
    await expect.poll(() => handedOn.length, { timeout: patience(7_500) }).toBe(handed + 1);
    expect(handedOn.at(-1)!.taken?.outcome).toEqual({
      ok: false,
      reason: 'files',
      refusal: { problem: 'post-too-large' },
    });
    expect(await count()).toEqual(before);
  });

  it('that is malformed multipart is handed on untaken, for the middleware to answer 400', async () => {
    const before = await count();
    const handed = handedOn.length;
    const response = await fetch(base + path, {
      method: 'POST',
      redirect: 'manual',
      body: '--x\r\nContent-Disposition: form-data; name="body"\r\n\r\nunfinished',
      headers: { 'content-type': 'multipart/form-data; boundary=x', origin: base },
    });
    expect(response.status).toBe(299);
    expect(handedOn.length).toBe(handed + 1);
    // No browser sends it: not a form refusal but a bad request (tests/hostile/server/requests.test.ts).
    expect(handedOn.at(-1)!.taken).toBeUndefined();
    expect(await count()).toEqual(before);
  });

  it('from another origin is not taken here (Astro refuses it)', async () => {
    const before = handedOn.length;
    const response = await post([...fields(), file('a.pdf', pdfFile())], {
      origin: 'https://evil.example',
    });
    expect(response.status).toBe(299);
    expect(handedOn.length).toBe(before + 1);
    expect(handedOn.at(-1)!.taken).toBeUndefined();
  });
});
