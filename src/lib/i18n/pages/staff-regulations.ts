/**
 * The staff list of regulations (src/pages/staff/regulations.astro). Merged into the catalogue in
 * ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffRegulationsPage = m({
  'regulations.title': { zh: '版本、征求意见与立法进程', en: 'Versions, consultations and stages' },
  'regulations.versions': { zh: '发布新版本', en: 'Publish a version' },
  'regulations.consultations': { zh: '征求意见与进程', en: 'Consultations and stage' },
});
