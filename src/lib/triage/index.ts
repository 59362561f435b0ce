export { STANCES } from './heatmap.ts';
export {
  addNote,
  addTag,
  annotationsOf,
  articleOptions,
  groupSizes,
  assignableStaff,
  assignComment,
  consultationClosesAt,
  heatMapOf,
  removeTag,
  workload,
} from './repository.ts';
export {
  applyBulk,
  BULK_LIMIT,
  bulkPermission,
  isBulkConfirmed,
  readBulkAction,
  readSelection,
  type BulkError,
} from './bulk.ts';
export {
  filterQuery,
  incomingFilterOf,
  isFiltered,
  readTriageFilter,
  CATEGORY_VALUES,
  STANCE_VALUES,
  STATUS_VALUES,
} from './filter.ts';
export { staffHome } from './home.ts';
export { overdueCutoff, serviceClock } from './clock.ts';
