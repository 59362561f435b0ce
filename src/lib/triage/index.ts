export { buildHeatMap, STANCES, type HeatClause, type HeatRow, type Stance } from './heatmap.ts';
export { heatMapOf } from './repository.ts';
