/** Worker thread of ./word-check.ts: reads one uploaded Word draft and posts the outcome back. */
import { runWorker } from '../web/worker-port.ts';
import { readWordDraft } from './word.ts';

runWorker((data) => readWordDraft(data as Uint8Array));
