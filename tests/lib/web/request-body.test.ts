import { describe, expect, it } from 'vitest';
import {
  checkFormBody,
  hasNulInUrl,
  isWellFormedUrlEncoded,
  UPLOAD_PATHS,
} from '../../../src/lib/web/request-body.ts';

const formPost = (
  body: BodyInit,
  type = 'application/x-www-form-urlencoded',
  headers: Record<string, string> = {},
) =>
  new Request('http://x.test/form', {
    method: 'POST',
    body,
    headers: { 'Content-Type': type, ...headers },
  });

describe('checkFormBody', () => {
  it('takes binary file parts on upload pages, still checking their text fields', async () => {
    const upload = (text: string) => {
      const form = new FormData();
      form.set('consultation', text);
      form.set(
        'file',
        new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0xfe])], 'opinions.xlsx'),
      );
      return new Request('http://x.test/staff/import', { method: 'POST', body: form });
    };
    expect(await checkFormBody(upload('2'))).toBe('malformed');
    expect(await checkFormBody(upload('2'), 4096, { binaryFiles: true })).toBeNull();
    expect(await checkFormBody(upload('2\0'), 4096, { binaryFiles: true })).toBe('malformed');
    expect(['/staff/import', '/staff/versions/sample'].every((p) => UPLOAD_PATHS.test(p))).toBe(
      true,
    );
    expect(
      ['/staff/enter', '/staff/versions', '/regulations/sample/versions/draft/comment'].some((p) =>
        UPLOAD_PATHS.test(p),
      ),
    ).toBe(false);
  });

  it('lets a normal Chinese form through and leaves the body readable for the page', async () => {
    const request = formPost(new URLSearchParams({ body: '建议修改第二条。', stance: 'amend' }));
    expect(await checkFormBody(request)).toBeNull();
    expect((await request.formData()).get('body')).toBe('建议修改第二条。');
  });

  it('refuses a body over the limit, declared or actually sent', async () => {
    expect(
      await checkFormBody(
        formPost('a=1', undefined, { 'Content-Length': String(10 * 1024 * 1024) }),
      ),
    ).toBe('too-large');
    expect(await checkFormBody(formPost(`a=${'x'.repeat(2000)}`), 1000)).toBe('too-large');
  });

  it('refuses bytes and escapes that are not UTF-8, NUL, and multipart that does not parse', async () => {
    expect(await checkFormBody(formPost(new Uint8Array([0x61, 0x3d, 0xff])))).toBe('malformed');
    expect(await checkFormBody(formPost('a=%FF'))).toBe('malformed');
    expect(await checkFormBody(formPost('a=%00'))).toBe('malformed');
    expect(
      await checkFormBody(
        formPost(
          '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nx',
          'multipart/form-data; boundary=b',
        ),
      ),
    ).toBe('malformed');
  });

  it('leaves GET requests and JSON bodies to the routes', async () => {
    expect(await checkFormBody(new Request('http://x.test/?a=%FF'))).toBeNull();
    expect(await checkFormBody(formPost('{"a":"\\u0000"}', 'application/json'))).toBeNull();
  });
});

describe('isWellFormedUrlEncoded and hasNulInUrl', () => {
  it('accepts plus signs and escaped CJK, refuses broken escapes and lone surrogates', () => {
    expect(isWellFormedUrlEncoded('a=%E5%BB%BA%E8%AE%AE+x&b=')).toBe(true);
    expect(isWellFormedUrlEncoded('a=%E5%BB')).toBe(false);
    expect(isWellFormedUrlEncoded('a=%ED%A0%80')).toBe(false);
  });

  it('finds a NUL in the path or the query', () => {
    expect(hasNulInUrl(new URL('http://x.test/receipts/%00'))).toBe(true);
    expect(hasNulInUrl(new URL('http://x.test/a?clause=%00'))).toBe(true);
    expect(hasNulInUrl(new URL('http://x.test/a?clause=chp_1'))).toBe(false);
  });
});
