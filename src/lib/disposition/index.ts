export { DISPOSITIONS, DISPOSITION_LABELS, readDisposition, type Disposition, type DispositionInput } from './rules.ts';
export { commentForDisposition, recordDisposition } from './repository.ts';
