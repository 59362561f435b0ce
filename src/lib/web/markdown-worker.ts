/**
 * Worker thread of ./markdown.ts: renders the Markdown it is given and posts the HTML back.
 * Run as a file by Node's type stripping, so it imports only modules Node can load as they are.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderMarkdown } from './markdown-render.ts';

parentPort?.postMessage(renderMarkdown(String(workerData)));
