/**
 * Importing opinions collected elsewhere (letters, liaison stations) from CSV or XLSX: the
 * pure core (columns, reading, preparing rows) and, last, its database-bound twin.
 */
export { IMPORT_CHANNELS, COLUMN_HEADERS, channelOf } from './columns.ts';
export { normaliseDate } from './gathered.ts';
export { importKey, prepareImport, type ImportContext } from './prepare.ts';
export { MAX_BYTES, readTable } from './read.ts';
export { templateCsv, templateXlsx } from './template.ts';
export {
  findImportTarget,
  importComments,
  queueImport,
  type ImportOutcome,
  type ImportTarget,
} from './store.ts';
export {
  claimImportJob,
  enqueueRegroup,
  findImportJob,
  latestRegroupJob,
  IMPORT_BATCH,
  runImportJob,
  runWaitingImportJobs,
} from './jobs.ts';
export { earlierDuplicates } from './earlier.ts';
