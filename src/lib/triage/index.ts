export { buildHeatMap, STANCES, type HeatClause, type HeatRow, type Stance } from './heatmap.ts';
export { addNote, addTag, annotationsOf, articleOptions, groupSizes, assignableStaff, assignComment, consultationClosesAt, heatMapOf, removeTag, workload } from './repository.ts';
export { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, normaliseTag, readNote } from './annotations.ts';
export { applyBulk, BULK_LIMIT, bulkPermission, isBulkConfirmed, readBulkAction, readSelection, type BulkAction, type BulkError, type Selection } from './bulk.ts';
export { filterQuery, incomingFilterOf, isFiltered, readTriageFilter, CATEGORY_VALUES, STANCE_VALUES, STATUS_VALUES, type TriageFilter } from './filter.ts';
export { staffHome, type ConsultationWaiting, type StaffHome } from './home.ts';
export { overdueCutoff, replyDue, serviceClock, type ClockState } from './clock.ts';
