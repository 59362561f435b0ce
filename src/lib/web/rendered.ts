/**
 * A page, rendered to its last byte before anything is sent. Astro streams a page as it
 * renders; a component that throws after the first chunk leaves the status at 200 and the
 * node adapter ends the body with "Internal server error" (astro/dist/core/app/node.js), so a
 * visitor and any monitor see success and a cut page. Reading the whole HTML body first turns
 * that failure into a rejection the middleware can answer honestly (500).
 *
 * Only HTML is held back: CSV and XLSX exports stream page by page on purpose. The cost is
 * one copy of the page's bytes; the render does the same work as before.
 */
export async function rendered(response: Response): Promise<Response> {
  if (!response.body || !isHtml(response)) return response;
  // Rejects with the render's error when the stream fails midway.
  const body = await response.arrayBuffer();
  return new Response(body, {
    status: response.status,
    // Astro leaves "OK" on a page that set another status (only its 404 and 500 routes get
    // theirs), so /receipts?code=bad answered "400 OK"; without it Node writes the status's name.
    statusText: response.status !== 200 && response.statusText === 'OK' ? '' : response.statusText,
    headers: response.headers,
  });
}

function isHtml(response: Response): boolean {
  return response.headers.get('Content-Type')?.startsWith('text/html') ?? false;
}
