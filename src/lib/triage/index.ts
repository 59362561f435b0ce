export { buildHeatMap, STANCES, type HeatClause, type HeatRow, type Stance } from './heatmap.ts';
export { addNote, addTag, annotationsOf, assignableStaff, assignComment, consultationClosesAt, heatMapOf, removeTag, workload } from './repository.ts';
export { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, normaliseTag, readNote } from './annotations.ts';
export { overdueCutoff, replyDue, serviceClock, type ClockState } from './clock.ts';
