/** Files sent with a comment: sniffing, checking, storing, moderating and serving them. */
export { MAX_ATTACHMENT_POST_BYTES, MAX_FILE_BYTES, MAX_FILES } from './limits.ts';
export { sniffKind } from './sniff.ts';
export { attachmentDisposition, safeFileName } from './name.ts';
export { boundaryOf, parseMultipart, type SentFile } from './multipart.ts';
export { checkFiles, type AcceptedFile, type FileProblem } from './validate.ts';
export {
  approvedAttachmentCounts,
  approvedAttachments,
  attachmentDownload,
  attachmentFacts,
  attachmentsByReceipt,
  attachmentsOf,
  reviewAttachment,
  storeAttachments,
  type AttachmentInfo,
} from './repository.ts';
export { fileProblem, fileProblemMessage } from './problem-message.ts';
export { downloadResponse, receiptDownloadPath } from './download.ts';
export { mayDownload, sameReceipt, type FileFacts } from './access.ts';
