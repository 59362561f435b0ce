/**
 * Renders trusted-but-untrusted Markdown (explanations written by staff) to HTML with raw
 * HTML disabled: every text node is escaped, so nothing in the source can inject markup.
 * Parsing is quadratic on some inputs (80 KB of `*a` took 16 s; issue #14), so the server
 * calls this only through ./markdown.ts, in a worker thread with a time limit.
 */
import type { Nodes } from 'mdast';
import { remark } from 'remark';
import { escapeHtml } from '../html/escape.ts';

const parser = remark();

/**
 * Links only to the web or to a path of this site: `//host` and `/\host` are other sites to
 * a browser, so a path must not start with either.
 */
const SAFE_LINK = /^(https?:\/\/|\/(?![/\\])|#)/i;
// Browsers drop tabs and newlines inside a URL, so `/\t/host` is `//host` too.
const isSafeLink = (url: string) => SAFE_LINK.test(url) && !/[\s\u0000-\u001f\u007f]/.test(url);

export function renderMarkdown(source: string): string {
  return render(parser.parse(source));
}

function render(node: Nodes): string {
  const inner = () => ('children' in node ? (node.children as Nodes[]).map(render).join('') : '');
  switch (node.type) {
    case 'root':
      return inner();
    case 'heading': {
      // Explanations sit under the page's h1/h2; their headings start at h3.
      const level = Math.min(6, node.depth + 2);
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'text':
      return escapeHtml(node.value);
    case 'strong':
      return `<strong>${inner()}</strong>`;
    case 'emphasis':
      return `<em>${inner()}</em>`;
    case 'list':
      return node.ordered ? `<ol>${inner()}</ol>` : `<ul>${inner()}</ul>`;
    case 'listItem':
      return `<li>${inner()}</li>`;
    case 'blockquote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'break':
      return '<br>';
    case 'thematicBreak':
      return '<hr>';
    case 'link':
      return isSafeLink(node.url) ? `<a href="${escapeHtml(node.url)}">${inner()}</a>` : inner();
    case 'html':
    case 'code':
      return `<pre>${escapeHtml(node.value)}</pre>`;
    default:
      return inner();
  }
}
