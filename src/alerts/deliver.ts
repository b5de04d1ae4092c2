// Delivering an alert to a webhook: the body a receiver gets (the alert's id and time, then what it
// says), one attempt recorded on the delivery's row, and on PGlite, where there is no queue, a few
// attempts made at once after the ingest.
import type { Store } from "../store/store.js";
import type { StoredAlert } from "../store/alerts.js";
import { postWebhook, type PostOptions } from "./post-webhook.js";

/** The JSON a webhook receives: the store's id and time first, then the alert (alerts/changes.ts AlertBody). */
export function alertJson(alert: StoredAlert): string {
  return JSON.stringify({ id: alert.id, at: alert.at, ...alert.payload });
}

export type AttemptResult = { ok: true; skipped?: "delivered" | "gone" } | { ok: false; error: string };

/**
 * Makes one attempt at a delivery and records it. A delivery already made (a job run twice) or gone
 * (its webhook removed) is not attempted. `final`: no attempt follows if this one fails.
 */
export async function attemptDelivery(store: Store, deliveryId: number, final: boolean, options: Omit<PostOptions, "headers"> = {}): Promise<AttemptResult> {
  const delivery = await store.alerts.getDelivery(deliveryId);
  if (!delivery) return { ok: true, skipped: "gone" };
  if (delivery.state === "delivered") return { ok: true, skipped: "delivered" };
  const result = await postWebhook(delivery.webhook, alertJson(delivery.alert), {
    ...options,
    headers: { "x-tally-delivery": String(delivery.id), "x-tally-alert": delivery.alert.key },
  });
  await store.alerts.recordAttempt(deliveryId, result.ok ? { delivered: true } : { delivered: false, error: result.error, final });
  return result.ok ? { ok: true } : result;
}

/** Waits between direct attempts (PGlite): the first attempt at once, then after 1 s and 4 s. */
export const DIRECT_RETRY_DELAYS_MS = [1000, 4000];

export interface DirectDeliveryOptions extends Omit<PostOptions, "headers"> {
  delaysMs?: readonly number[];
  /** Called with each delivery that failed its last attempt. */
  onFailed?(error: string): void;
}

/** Delivers each one in turn, retrying a failed one after each delay; returns how many were delivered. */
export async function deliverDirectly(store: Store, deliveryIds: readonly number[], options: DirectDeliveryOptions = {}): Promise<number> {
  const delays = options.delaysMs ?? DIRECT_RETRY_DELAYS_MS;
  let delivered = 0;
  for (const id of deliveryIds) {
    for (let attempt = 0; ; attempt++) {
      const final = attempt >= delays.length;
      const result = await attemptDelivery(store, id, final, options);
      if (result.ok) {
        if (!result.skipped) delivered++;
        break;
      }
      if (final) {
        options.onFailed?.(result.error);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }
  return delivered;
}
