/**
 * How large a draft may be when posted to /staff/versions/<slug>: read by the page and by the
 * middleware, which reads such a post once (src/lib/web/staff-files-post.ts).
 */

/** A Markdown or text file. */
export const MAX_TEXT_UPLOAD = 1024 * 1024;
/** A Word draft carries its formatting (and perhaps a picture or two): a larger cap. */
export const MAX_DOCX_UPLOAD = 4 * 1024 * 1024;
/** The largest post the form can make: both caps and the text fields. */
export const MAX_DRAFT_POST = MAX_DOCX_UPLOAD + MAX_TEXT_UPLOAD + 64 * 1024;
