/** Files sent with a comment: sniffing, checking, storing, moderating and serving them. */
export { ATTACHMENT_POSTS_AT_ONCE, MAX_ATTACHMENT_POST_BYTES, MAX_FILE_BYTES, MAX_FILES } from './limits.ts';
export { ATTACHMENT_KINDS, MEDIA_TYPES, sniffKind, type AttachmentKind } from './sniff.ts';
export { attachmentDisposition, safeFileName } from './name.ts';
export { boundaryOf, parseMultipart, type Multipart, type SentFile } from './multipart.ts';
export { checkFiles, FILES_FIELD, type AcceptedFile, type CheckedFiles, type FileProblem } from './validate.ts';
export { approvedAttachmentCounts, approvedAttachments, attachmentDownload, attachmentsByReceipt, attachmentsOf, reviewAttachment, storeAttachments, type AttachmentInfo, type Download, type AttachmentStatus } from './repository.ts';
export { downloadResponse, DOWNLOAD_PATH } from './download.ts';
