export { loadContent } from './load.ts';
export { syncContent, type SyncReport } from './sync.ts';
export { STAGES } from './manifest.ts';
