/** A refusal of a post's files, in the reader's language, for the comment form and the clerk's entry form. */
import { say, type Message, type MessageKey, type Translate } from '../i18n/index.ts';
import { MAX_ATTACHMENT_POST_BYTES, MAX_FILE_BYTES, MAX_FILES } from './limits.ts';
import type { FileProblem } from './validate.ts';

const MB = 1024 * 1024;

/** The refusal as a catalogue message, for a form action's problems. */
export function fileProblem(refusal: FileProblem): Message {
  return {
    key: `attachments.problem.${refusal.problem}` satisfies MessageKey,
    vars: {
      file: 'file' in refusal ? refusal.file : '',
      count: MAX_FILES,
      mb: MAX_FILE_BYTES / MB,
      total: Math.floor(MAX_ATTACHMENT_POST_BYTES / MB),
    },
  };
}

export function fileProblemMessage(t: Translate, refusal: FileProblem): string {
  return say(t, fileProblem(refusal));
}
