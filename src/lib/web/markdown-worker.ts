/**
 * Worker thread of ./markdown.ts: renders the Markdown it is given and posts the HTML back.
 * Run as a file by Node's type stripping, so it imports only modules Node can load as they are.
 */
import { renderMarkdown } from './markdown-render.ts';
import { runWorker } from './worker-port.ts';

runWorker((data) => renderMarkdown(String(data)));
