/** Consultation dashboards: chart geometry (pure), then the figures from the database. */
export { columns, fillDays, horizontalBars, type Bar, type BarLayout, type Datum } from './charts.ts';
export { adoptionRate, dashboardStats, type DashboardStats } from './stats.ts';
