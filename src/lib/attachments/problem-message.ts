/** A refusal of a post's files, in the reader's language, for the comment form and the clerk's entry form. */
import type { Translate } from '../i18n/index.ts';
import { MAX_ATTACHMENT_POST_BYTES, MAX_FILE_BYTES, MAX_FILES } from './limits.ts';
import type { FileProblem } from './validate.ts';

const MB = 1024 * 1024;

export function fileProblemMessage(t: Translate, refusal: FileProblem): string {
  return t(`attachments.problem.${refusal.problem}`, {
    file: 'file' in refusal ? refusal.file : '',
    count: MAX_FILES,
    mb: MAX_FILE_BYTES / MB,
    total: Math.floor(MAX_ATTACHMENT_POST_BYTES / MB),
  });
}
