/**
 * What a comment may carry (issue #18): up to five files of up to 10 MB each. A post with
 * files is therefore at most a little over 50 MB, and this process takes at most
 * ATTACHMENT_POSTS_AT_ONCE of them at a time (src/lib/web/attachment-post.ts), so that the
 * memory the files hold stays well inside the process's 512 MB budget (issue #14).
 */
export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The text fields of the comment form (far below this) plus the parts' headers. */
const FIELDS_BYTES = 1024 * 1024;
export const MAX_ATTACHMENT_POST_BYTES = MAX_FILES * MAX_FILE_BYTES + FIELDS_BYTES;
/** Posts with files read and stored at the same time by one process; the rest wait their turn unread. */
export const ATTACHMENT_POSTS_AT_ONCE = 2;
/** The longest file name kept (characters), the extension included. */
export const MAX_NAME_LENGTH = 100;
