export { loadContent } from './load.ts';
export { feedbackNote, sampleDatesNote, syncContent, type SyncReport } from './sync.ts';
export { STAGES } from './manifest.ts';
