// Starting the HTTP server: refuses a non-loopback address without accounts, then listens with the app.
import { serve, type ServerType } from "@hono/node-server";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Store } from "../store/store.js";
import { isLoopbackAddress } from "./auth/guard.js";
import { createApp } from "./app.js";
import type { Ledger } from "./ledger.js";

export interface ListenOptions {
  store: Store;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Hex or base64 secret for sessions; random per start when absent (sessions end at restart). */
  secret?: string;
  today?: () => string;
  /** See AppOptions.localReadCredential. */
  localReadCredential?: string;
}

export interface RunningServer {
  url: string;
  ledger: Ledger;
  close(): Promise<void>;
}

export class RefusedToStart extends Error {}

export function sessionSecret(configured: string | undefined): Buffer {
  return configured ? Buffer.from(configured) : randomBytes(32);
}

export async function startServer(options: ListenOptions): Promise<RunningServer> {
  const loopback = isLoopbackAddress(options.host);
  if (!loopback && (await options.store.accounts.countUsers()) === 0) {
    throw new RefusedToStart(
      `refusing to listen on ${options.host}: no accounts exist, so anyone on the network could edit the record. ` +
        `Add one with 'tally user add NAME --role admin', or listen on 127.0.0.1.`,
    );
  }
  const { app, ledger } = createApp({ store: options.store, secret: sessionSecret(options.secret), loopback, today: options.today, localReadCredential: options.localReadCredential });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(s));
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  // Reconcile in the background while the first visitor is on the way; a request meanwhile joins the same computation.
  ledger.warm().catch(() => undefined);
  const shownHost = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}`,
    ledger,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  };
}
