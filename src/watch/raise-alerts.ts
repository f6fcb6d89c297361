// Alerts as they happen: after a cycle, the detector's alerts in the dyads and periods that got new events
// are kept in the store (each once) and, when a webhook is configured, posted to it.
import { alerts, dataPresent, type AlertReport } from '../analyze/from-store.ts';
import { dyadOf } from '../analyze/events.ts';
import { periodOf, type PeriodUnit } from '../analyze/periods.ts';
import type { RaisedAlert, Store } from '../store/store.ts';

/**
 * Run the alert detector (as `marsad alerts` and /api/alerts do) and keep the alerts of the dyad-periods that
 * hold events stored after `since`; returns only the alerts not kept before.
 * @example await raiseNewAlerts(store, '2026-01-02T03:00:00Z') // [] when nothing new moved a dyad
 */
export async function raiseNewAlerts(store: Store, since: string, options: { by?: PeriodUnit } = {}): Promise<RaisedAlert[]> {
  const by = options.by ?? 'month';
  const days = await store.eventDaysSince(since);
  if (days.length === 0) return [];
  const touched = new Set(days.map((d) => `${dyadOf(d.source, d.target).join('|')}|${periodOf(d.day, by)}`));
  const found = await alerts(store, { by, asOf: await dataPresent(store) });
  const fresh = found.filter((a) => touched.has(`${a.dyad.join('|')}|${a.period}`));
  return store.raiseAlerts(fresh.map((a) => ({ dyad: a.dyad, period: a.period, kind: alertKind(a), alert: a as unknown as Record<string, unknown> })));
}

/** What an alert is about, one of four: escalation/share, escalation/volume, de-escalation/share, de-escalation/volume. */
export function alertKind(a: Pick<AlertReport, 'direction' | 'signal'>): string {
  return `${a.direction}/${a.signal}`;
}

export interface WebhookReport {
  posted: number;
  /** The reason the webhook refused or could not be reached; the alerts left wait for the next cycle. */
  error: string | null;
  waiting: number;
}

/**
 * POST each kept alert the webhook has not accepted yet, oldest first, as JSON
 * `{ id, dyad, period, kind, raisedAt, alert }` (alert holds the driving events). Stops at the first failure,
 * which is recorded on the alert; the rest are tried again next cycle. Never throws for the webhook's sake.
 * @example await postAlerts(store, 'https://hooks.example/marsad', { timeoutMs: 10_000 })
 */
export async function postAlerts(store: Store, url: string, options: { timeoutMs: number }): Promise<WebhookReport> {
  const pending = await store.raisedAlerts({ unposted: true, limit: 1000 });
  let posted = 0;
  for (const a of pending) {
    const error = await post(url, { id: a.id, dyad: a.dyad, period: a.period, kind: a.kind, raisedAt: a.raisedAt, alert: a.alert }, options.timeoutMs);
    await store.markAlertPosted(a.id, error);
    if (error) return { posted, error, waiting: pending.length - posted };
    posted++;
  }
  return { posted, error: null, waiting: 0 };
}

/** POST JSON; null when the receiver answered 2xx, else why not. */
async function post(url: string, body: unknown, timeoutMs: number): Promise<string | null> {
  try {
    const res = await fetch(url, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs),
    });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok ? null : `answered HTTP ${res.status}`;
  } catch (err) {
    const cause = (err as Error & { cause?: Error }).cause;
    return `cannot be reached: ${cause?.message ?? (err as Error).message}`;
  }
}
