export { DISPOSITIONS, readDisposition, type DispositionInput } from './rules.ts';
export {
  commentForDisposition,
  isLaterOption,
  laterClauseOptions,
  recordDisposition,
  reflectedClauses,
} from './repository.ts';
