/**
 * Renders trusted-but-untrusted Markdown (explanations written by staff) to HTML with raw
 * HTML disabled: every text node is escaped, so nothing in the source can inject markup.
 */
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { escapeHtml } from '../html/escape.ts';

const parser = unified().use(remarkParse);


export function renderMarkdown(source: string): string {
  return render(parser.parse(source) as Root);
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
      return /^(https?:|\/|#)/.test(node.url) ? `<a href="${escapeHtml(node.url)}">${inner()}</a>` : inner();
    case 'html':
    case 'code':
      return `<pre>${escapeHtml(node.value)}</pre>`;
    default:
      return inner();
  }
}
