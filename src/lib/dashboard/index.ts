/** Consultation dashboards: chart geometry (pure), then the figures from the database. */
export { columns, fillDays, horizontalBars, type BarLayout, type Datum } from './charts.ts';
export { adoptionRate, dashboardStats } from './stats.ts';
