export { feedbackReport, planOwnerSlug } from './repository.ts';
export { firstDraft, MAX_SECTION_CHARS, mayPublish, nextPlace, readContent, type PublishCheck, type ComputedReport, type ContentCheck, type ReportContent } from './narrative.ts';
export { consultationsWithReport, publishReport, reportRevisions, saveReportDraft, type ReportRevision } from './revisions.ts';
export { countPeople, normaliseContact, personKey } from './people.ts';
