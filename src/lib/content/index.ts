export { loadContent } from './load.ts';
export { sampleDatesNote, syncContent, type SyncReport } from './sync.ts';
export { STAGES } from './manifest.ts';
