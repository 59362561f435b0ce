/**
 * A staff post with files (src/lib/web/staff-files-post.ts): only the multipart posts of
 * /staff/enter, /staff/import and /staff/versions/<slug> (a Word draft) are taken; they are read within their cap, and split once.
 */
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_POST_BYTES } from '../../../src/lib/attachments/index.ts';
import { MAX_DOCX_UPLOAD, MAX_DRAFT_POST } from '../../../src/lib/versions/limits.ts';
import { UPLOAD_FORM_BYTES } from '../../../src/lib/web/request-body.ts';
import {
  filesPostCap,
  readFilesPost,
  staffFilesBoundary,
} from '../../../src/lib/web/staff-files-post.ts';
import { multipartBody, pdfFile } from '../../helpers/attachments.ts';

const post = (path: string, body: Uint8Array, type: string, headers: Record<string, string> = {}) =>
  new Request(`http://x.test${path}`, {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { 'Content-Type': type, ...headers },
  });

describe('staff posts with files', () => {
  const { body, contentType } = multipartBody([
    { name: '_csrf', value: 'token' },
    { name: 'body', value: '来信意见' },
    { name: 'files', file: { name: '来信.pdf', data: pdfFile() } },
  ]);

  it('are the clerk entry, import and version forms’ multipart posts only', () => {
    const at = (path: string, type = contentType) =>
      staffFilesBoundary(post(path, body, type), new URL(`http://x.test${path}`));
    expect(at('/staff/enter')).toBe('----OpenClauseTestBoundary7MA4YWxkTrZu0gW');
    expect(at('/staff/enter', 'application/x-www-form-urlencoded')).toBeNull();
    expect(at('/staff/import')).toBe('----OpenClauseTestBoundary7MA4YWxkTrZu0gW');
    expect(at('/staff/import', 'application/x-www-form-urlencoded')).toBeNull();
    expect(at('/staff/enter/x')).toBeNull();
    expect(at('/staff/versions/sample')).toBe('----OpenClauseTestBoundary7MA4YWxkTrZu0gW');
    expect(at('/staff/versions/sample', 'application/x-www-form-urlencoded')).toBeNull();
    expect(at('/staff/versions/sample/v1.md')).toBeNull();
    expect(at('/staff/versions')).toBeNull();
  });

  it('are split into fields and files, byte for byte', async () => {
    const read = await readFilesPost(
      post('/staff/enter', body, contentType),
      '----OpenClauseTestBoundary7MA4YWxkTrZu0gW',
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.post.fields).toEqual({ _csrf: 'token', body: '来信意见' });
    expect(read.post.files.map((f) => [f.field, f.name])).toEqual([['files', '来信.pdf']]);
    expect(read.post.files[0]!.data.equals(pdfFile())).toBe(true);
  });

  it('are refused past the cap, declared or streamed, and when they do not parse', async () => {
    const boundary = '----OpenClauseTestBoundary7MA4YWxkTrZu0gW';
    const declared = post('/staff/enter', body, contentType, {
      'Content-Length': String(MAX_ATTACHMENT_POST_BYTES + 1),
    });
    expect(await readFilesPost(declared, boundary)).toEqual({ ok: false, problem: 'too-large' });
    const huge = new Uint8Array(MAX_ATTACHMENT_POST_BYTES + 1);
    expect(await readFilesPost(post('/staff/enter', huge, contentType), boundary)).toEqual({
      ok: false,
      problem: 'too-large',
    });
    // An import is a spreadsheet of at most 2 MB and the form: its cap is the upload form's.
    expect(filesPostCap('/staff/import')).toBe(UPLOAD_FORM_BYTES);
    expect(filesPostCap('/staff/enter')).toBe(MAX_ATTACHMENT_POST_BYTES);
    // A version's post holds a Word draft of up to 4 MB, a text file and the form.
    expect(filesPostCap('/staff/versions/sample')).toBe(MAX_DRAFT_POST);
    expect(MAX_DRAFT_POST).toBeGreaterThan(MAX_DOCX_UPLOAD);
    const big = new Uint8Array(UPLOAD_FORM_BYTES + 1);
    expect(
      await readFilesPost(post('/staff/import', big, contentType), boundary, UPLOAD_FORM_BYTES),
    ).toEqual({ ok: false, problem: 'too-large' });
    const cut = body.subarray(0, body.byteLength - 20);
    expect(await readFilesPost(post('/staff/enter', cut, contentType), boundary)).toEqual({
      ok: false,
      problem: 'malformed',
    });
  });
});
