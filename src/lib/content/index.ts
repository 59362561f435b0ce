export { loadContent, sha256, type LoadedContent, type LoadedRegulation, type LoadedVersion, type LoadResult } from './load.ts';
export { syncContent, clauseRows, type SyncReport } from './sync.ts';
export { STAGES, CONSULTATION_KINDS, splitFrontMatter, type Stage, type ContentProblem } from './manifest.ts';
