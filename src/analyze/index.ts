// Relations analysis over stored events: dyad series, tension, alerts, tit-for-tat chains, the actor network.
export { dyadSeries, type SeriesOptions, type SeriesPoint } from './dyad-series.ts';
export { tension, dyadBaseline, shrunkShare, TENSION_DEFAULTS, type TensionOptions, type TensionPoint } from './tension.ts';
export { detectAlerts, ALERT_DEFAULTS, type Alert, type AlertOptions } from './alerts.ts';
export { titForTat, type Chain, type ChainLink, type ChainOptions, type Reciprocity, type TitForTat } from './tit-for-tat.ts';
export { actorNetwork, partners, adversaries, type ActorNetwork, type Counterpart, type NetworkEdge, type NetworkNode } from './network.ts';
export { surge, SURGE_DEFAULTS, type SurgeOptions, type SurgePoint } from './surge.ts';
export {
  alerts, chains, dataPresent, dyadTension, loadEvents, network, topMovers,
  type AlertReport, type AlertsOptions, type DyadPoint, type Mover, type MoversOptions,
} from './from-store.ts';
export { dyadMemo, type DyadMemo } from './memo.ts';
export { columnChart, sparkline } from './chart.ts';
export { periodOf, periodBounds, periodRange, type Period, type PeriodUnit } from './periods.ts';
export type { AnalysisEvent } from './events.ts';
