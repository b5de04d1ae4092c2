// A worker's alerts: each ingest job only marks its events pending (cheap, and done before the job
// completes, so a retried job marks them again), and this sweeper computes the marked events'
// standing every few seconds, queueing the alerts' deliveries. An event that many jobs write to is
// reconciled once per sweep, not once per report; a sweep that dies leaves the marks for another.
// Each sweep also stores the views of the events it reconciled, and computes again a few views that
// a new day left stale, so that servers find them current.
import type PgBoss from "pg-boss";
import type { Store } from "../store/store.js";
import { todayUtc } from "../ingest/published-day.js";
import { refreshDayStaleViews, storeReconciledView, viewStamps } from "../views/event-views.js";
import { raiseAlertsForEvents } from "./raise-alerts.js";
import { enqueueDeliveriesIn } from "./webhook-queue.js";

export const SWEEP_INTERVAL_MS = 3000;
/** Views of a day gone by computed again per sweep: a few, so a sweep stays seconds long. */
const DAY_STALE_VIEWS_PER_SWEEP = 2;

export interface AlertSweeper {
  /** Sweeps now (unless a sweep is running: then waits for it); resolves when done. */
  sweep(): Promise<void>;
  /** Stops sweeping on the clock; the running sweep finishes first. */
  stop(): Promise<void>;
}

export function startAlertSweeper(store: Store, boss: PgBoss, options: { intervalMs?: number; onError?(error: Error): void } = {}): AlertSweeper {
  let running: Promise<void> | null = null;
  const sweep = (): Promise<void> => {
    running ??= (async () => {
      try {
        const pending = await store.alerts.pendingEvents();
        const today = todayUtc();
        // The views of the same events, stored for the servers from the alerts' reconciliation (a sweeper that finds
        // an event already swept by another leaves it: that one stored its view).
        const stamps = await viewStamps(store, pending, today);
        await raiseAlertsForEvents(store, pending, {
          today,
          enqueue: enqueueDeliveriesIn(boss),
          onlyIfPending: true,
          onReconciled: (reconciled) => storeReconciledView(store, stamps.get(reconciled.eventId)!, reconciled),
        });
        await refreshDayStaleViews(store, today, DAY_STALE_VIEWS_PER_SWEEP);
      } catch (error) {
        options.onError?.(error as Error);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void sweep(), options.intervalMs ?? SWEEP_INTERVAL_MS);
  return {
    sweep,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
