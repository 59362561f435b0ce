export { feedbackReport } from './repository.ts';
export { firstDraft, mayPublish, readContent, type ReportContent } from './narrative.ts';
export {
  consultationsWithReport,
  publishReport,
  reportRevisions,
  saveReportDraft,
} from './revisions.ts';
export { countPeople, normaliseContact, personKey } from './people.ts';
export { reportHeading, reportSummary, reportTitle } from './heading.ts';
