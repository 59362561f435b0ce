/**
 * What a comment may carry (issue #18): up to five files of up to 10 MB each. A post with
 * files is therefore at most a little over 50 MB, and this process takes at most
 * ATTACHMENT_POSTS_AT_ONCE of them at a time (src/lib/web/attachment-post.ts), so that the
 * memory the files hold stays inside the process's 512 MB budget (issue #14).
 */
export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The text fields of the comment form (far below this) plus the parts' headers. */
const FIELDS_BYTES = 1024 * 1024;
export const MAX_ATTACHMENT_POST_BYTES = MAX_FILES * MAX_FILE_BYTES + FIELDS_BYTES;
/**
 * Posts with files read and stored at the same time by one process; the rest wait their turn
 * unread. One: a 50 MB post took the built server from 280 MB at rest to 406 MB (the body,
 * plus each file's hex copy on its way to PostgreSQL), so two at once would pass the 512 MB
 * budget (bench/attachments.ts). More app processes take more posts with files at once.
 */
export const ATTACHMENT_POSTS_AT_ONCE = 1;
/** The longest file name kept (characters), the extension included. */
export const MAX_NAME_LENGTH = 100;
/**
 * How long a post with files may take, from its first byte read to its answer: storing up to
 * 50 MB in one transaction takes longer than a form's text; on a loaded 2-core machine (load
 * average 35) one such post took more than the 10 s of other requests (bench/attachments.ts).
 * A post past its deadline gets an error page, never a receipt; if its transaction commits
 * later, the same form sent again gets that comment's receipt.
 */
export const FILES_DEADLINE_MS = 60_000;
