/**
 * Importing opinions collected elsewhere (letters, liaison stations) from CSV or XLSX: the
 * pure core (columns, reading, preparing rows) and, last, its database-bound twin.
 */
export { IMPORT_CHANNELS, COLUMNS, COLUMN_HEADERS, channelOf, type Column, type ImportChannel } from './columns.ts';
export { MAX_ROWS, importKey, normaliseDate, prepareImport, type ImportClause, type ImportContext, type ImportProblem, type Prepared, type PreparedRow } from './prepare.ts';
export { MAX_BYTES, formatOf, readTable, type ReadOutcome } from './read.ts';
export { templateCsv, templateXlsx } from './template.ts';
export { findImportTarget, importComments, type ImportOutcome, type ImportRequest, type ImportTarget } from './store.ts';
