/** Worker thread of ./check.ts: checks and parses one pasted version, and posts the outcome back. */
import { runWorker } from '../web/worker-port.ts';
import { draftVersion, type DraftInput } from './draft.ts';
import type { DocumentLanguage } from '../legislation/index.ts';

runWorker((data) => {
  const { input, context } = data as {
    input: DraftInput;
    context: { language: DocumentLanguage; takenSlugs: string[] };
  };
  return draftVersion(input, context);
});
