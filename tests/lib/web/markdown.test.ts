import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/web/markdown-render.ts';
import { plainParagraphs, renderMarkdownBounded } from '../../../src/lib/web/markdown.ts';

describe('rendering Markdown where it cannot hold up the server', () => {
  it('renders an ordinary explanation in a worker', async () => {
    expect(await renderMarkdownBounded('## 修改说明\n\n*第二条* 增加了**城中村**。')).toEqual({
      ok: true,
      html: '<h4>修改说明</h4><p><em>第二条</em> 增加了<strong>城中村</strong>。</p>',
    });
  });

  it('stops a quadratic parse at its time limit while the event loop keeps running', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    // Links parse in superlinear time too, and pass the emphasis marks' pre-check.
    const outcome = await renderMarkdownBounded('[a]'.repeat(30_000), { timeoutMs: 500 });
    clearInterval(timer);
    expect(outcome).toEqual({ ok: false, reason: 'too-slow' });
    expect(ticks, 'timers fired during the parse').toBeGreaterThan(5);
  });

  it('refuses a paragraph of thousands of unpaired emphasis marks without starting a worker', async () => {
    const started = performance.now();
    expect(await renderMarkdownBounded('*a_'.repeat(27_000))).toEqual({
      ok: false,
      reason: 'too-complex',
    });
    expect(performance.now() - started, 'refused before parsing').toBeLessThan(200);
  });

  it('refuses input over the length cap without parsing, and nesting too deep to render', async () => {
    expect(await renderMarkdownBounded('a'.repeat(11), { maxChars: 10 })).toEqual({
      ok: false,
      reason: 'too-long',
    });
    expect(await renderMarkdownBounded('> '.repeat(20_000), { timeoutMs: 2000 })).toMatchObject({
      ok: false,
    });
  });

  it('links only to the web and to this site’s own paths', () => {
    const html = renderMarkdown(
      '[a](//evil.example) [b](/\\evil.example) [c](javascript:alert(1)) [d](/regulations) [e](https://example.org) [f](<\\/\t/evil.example>)',
    );
    expect(html).not.toContain('evil.example"');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="/regulations">d</a>');
    expect(html).toContain('<a href="https://example.org">e</a>');
  });

  it('shows unrendered text as escaped paragraphs', () => {
    expect(plainParagraphs('a <b>\n\n\n*c*')).toBe('<p>a &lt;b&gt;</p><p>*c*</p>');
  });
});
