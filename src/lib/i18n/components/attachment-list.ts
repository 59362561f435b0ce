/**
 * The attachment list (src/components/AttachmentList.astro): sizes and review states
 * (`attachments.status.<status>`). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const attachmentListComponent = m({
  'attachments.size': { zh: '{size} KB', en: '{size} KB' },
  'attachments.status.pending': { zh: '待审核', en: 'Awaiting review' },
  'attachments.status.approved': { zh: '已公开', en: 'Public' },
  'attachments.status.rejected': { zh: '不公开', en: 'Not made public' },
});
