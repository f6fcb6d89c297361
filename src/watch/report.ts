// The words `marsad watch` prints per cycle: one summary line, then one line per thing that went wrong.
import type { CycleSummary } from './index.ts';

/**
 * The cycle's summary line and, after it, a line for each failed feed, failed item, new alert and webhook failure.
 * @example formatCycle(summary).summary // 'cycle 3: polled 4 feeds (1 unchanged, 1 backing off), 5 new items, 4 stored, 1 duplicate, 2 failed (1 feed, 1 item), 1 alert'
 */
export function formatCycle(s: CycleSummary): { summary: string; details: string[] } {
  const failed = s.failedFeeds.length + s.failedItems.length;
  const notDue = s.waiting - s.backingOff;
  const notes = [s.unchanged && `${s.unchanged} unchanged`, s.backingOff && `${s.backingOff} backing off`, notDue && `${notDue} not due`].filter(Boolean);
  const summary = `cycle ${s.cycle}: polled ${count(s.polled, 'feed')}${notes.length ? ` (${notes.join(', ')})` : ''}, `
    + `${count(s.newItems, 'new item')}, ${s.stored} stored (${count(s.events, 'event')}), ${count(s.duplicates, 'duplicate')}, `
    + `${failed} failed${failed ? ` (${count(s.failedFeeds.length, 'feed')}, ${count(s.failedItems.length, 'item')})` : ''}, `
    + `${count(s.alerts.length, 'alert')}${s.error ? ', cycle cut short' : ''} — ${s.seconds.toFixed(1)} s`;
  const details = [
    ...s.failedFeeds.map((f) => `feed failed (${count(f.failures, 'time')} in a row, next poll ${f.nextPoll}): ${f.url}: ${f.reason}`),
    ...s.failedItems.map((f) => `item not stored: ${f.input}: ${f.reason}`),
    ...s.alerts.map((a) => `alert: ${a.kind} ${a.dyad.join('–')} ${a.period}`),
    ...(s.webhook?.posted ? [`webhook accepted ${count(s.webhook.posted, 'alert')}`] : []),
    ...(s.webhook?.error ? [`webhook failed: ${s.webhook.error}; ${count(s.webhook.waiting, 'alert')} ${s.webhook.waiting === 1 ? 'waits' : 'wait'} for the next cycle`] : []),
    ...(s.error ? [`cycle ${s.cycle} stopped: ${s.error}`] : []),
  ];
  return { summary, details };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
