import { describe, expect, it } from 'vitest';
import { rendered } from '../../../src/lib/web/rendered.ts';

/** A body that sends `chunks`, then fails as a component throwing mid-render does. */
function failingBody(chunks: string[], error: Error): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(encoder.encode(chunks[i++]));
      else controller.error(error);
    },
  });
}

describe('rendered', () => {
  it('rejects with the render error when an HTML page fails after its first chunk', async () => {
    const boom = new Error('component failed');
    const page = new Response(failingBody(['<!DOCTYPE html><html><body>', '<p>half'], boom), {
      headers: { 'Content-Type': 'text/html' },
    });
    await expect(rendered(page)).rejects.toBe(boom);
  });

  it('keeps the status, headers and every byte of a page that renders', async () => {
    const html = '<!DOCTYPE html><html><body>第一条</body></html>';
    const page = new Response(html, {
      status: 422,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-Kept': 'yes' },
    });
    const out = await rendered(page);
    expect([out.status, out.headers.get('X-Kept'), await out.text()]).toEqual([422, 'yes', html]);
  });

  it('drops the "OK" Astro leaves on a page that set another status', async () => {
    const page = new Response('<!DOCTYPE html><html></html>', {
      status: 400,
      statusText: 'OK',
      headers: { 'Content-Type': 'text/html' },
    });
    const out = await rendered(page);
    expect([out.status, out.statusText]).toEqual([400, '']);
  });

  it('leaves a CSV export streaming: the response is passed on unread', async () => {
    const csv = new Response(failingBody(['a,b\n'], new Error('later')), {
      headers: { 'Content-Type': 'text/csv' },
    });
    expect(await rendered(csv)).toBe(csv);
  });
});
