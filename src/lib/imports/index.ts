/**
 * Importing opinions collected elsewhere (letters, liaison stations) from CSV or XLSX: the
 * pure core (columns, reading, preparing rows) and, last, its database-bound twin.
 */
export { IMPORT_CHANNELS, COLUMNS, COLUMN_HEADERS, channelOf, type Column, type ImportChannel } from './columns.ts';
export { normaliseDate } from './gathered.ts';
export { MAX_ROWS, importKey, prepareImport, type ImportClause, type ImportContext, type ImportProblem, type Prepared, type PreparedRow } from './prepare.ts';
export { checkGatheredOn, type GatheredOutcome, type GatheringWindow } from './gathered.ts';
export { MAX_BYTES, formatOf, readTable, type ReadOutcome } from './read.ts';
export { templateCsv, templateXlsx } from './template.ts';
export { checkImport, findImportTarget, importComments, queueImport, type ImportCheck, type ImportOutcome, type ImportRequest, type ImportTarget } from './store.ts';
export { claimImportJob, enqueueImport, enqueueRegroup, findImportJob, latestRegroupJob, IMPORT_BATCH, runImportJob, runWaitingImportJobs, startImportRunner, type ImportJob, type ImportReceipt, type JobKind } from './jobs.ts';
export { earlierDuplicates, type OpinionToCheck } from './earlier.ts';
