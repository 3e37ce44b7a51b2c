/** The diff engine of the dashboard-diff gate: two versions in, changes, layout and noise out. */
export { diffDashboards } from './diff-dashboards.js';
export {
  dashboardSide,
  diffDashboardFiles,
  diffPairs,
  pairDashboards,
  type DashboardPair,
} from './pair-files.js';
