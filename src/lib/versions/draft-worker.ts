/** Worker thread of ./check.ts: checks and parses one pasted version, and posts the outcome back. */
import { parentPort, workerData } from 'node:worker_threads';
import { draftVersion, type DraftInput } from './draft.ts';
import type { DocumentLanguage } from '../legislation/index.ts';

const { input, context } = workerData as { input: DraftInput; context: { language: DocumentLanguage; takenSlugs: string[] } };
parentPort?.postMessage(draftVersion(input, context));
