// Starting the HTTP(S) server: decides loopback on the addresses the host resolves to, refuses a
// non-loopback address without accounts, then listens with the app, over TLS when given a certificate.
import { serve, type ServerType } from "@hono/node-server";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { Store } from "../store/store.js";
import { resolveBindHost, type Lookup } from "./auth/loopback.js";
import { PLAIN_HTTP_EXPLANATION } from "./auth/transport.js";
import { createApp, type AppOptions } from "./app.js";
import type { Ledger } from "./ledger.js";
import type { TlsMaterial } from "./tls-files.js";

export interface ListenOptions {
  store: Store;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** A secret for CSRF tokens (TALLY_SESSION_SECRET); by default the one kept in the store, shared by every server on it. */
  secret?: string;
  today?: () => string;
  /** Serve HTTPS with this certificate and key (read with readTlsFiles). */
  tls?: Pick<TlsMaterial, "cert" | "key">;
  /** Believe X-Forwarded-Proto and X-Forwarded-For from a reverse proxy in front. */
  trustProxy?: boolean;
  maxBodyBytes?: number;
  loginLimits?: AppOptions["loginLimits"];
  /** Resolves the host (tests); the system resolver by default. */
  lookup?: Lookup;
  /** See AppOptions.localReadCredential. */
  localReadCredential?: string;
}

export interface RunningServer {
  url: string;
  ledger: Ledger;
  /** Bound to loopback addresses only. */
  loopback: boolean;
  /** What the operator should know at start (printed on stderr by `tally serve`). */
  warnings: string[];
  close(): Promise<void>;
}

export class RefusedToStart extends Error {}

async function bindHostIsLoopback(host: string, lookup: Lookup | undefined): Promise<boolean> {
  try {
    return (await resolveBindHost(host, lookup)).loopback;
  } catch (error) {
    throw new RefusedToStart(`cannot listen on '${host}': the name does not resolve (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

export async function startServer(options: ListenOptions): Promise<RunningServer> {
  const loopback = await bindHostIsLoopback(options.host, options.lookup);
  if (!loopback && (await options.store.accounts.countUsers()) === 0) {
    throw new RefusedToStart(
      `refusing to listen on ${options.host}: no accounts exist, so anyone on the network could edit the record. ` +
        `Add one with 'tally user add NAME --role admin', or listen on 127.0.0.1.`,
    );
  }
  const secret = options.secret ? Buffer.from(options.secret) : await options.store.accounts.serverSecret();
  const trustProxy = options.trustProxy ?? false;
  const { app, ledger } = createApp({
    store: options.store,
    secret,
    loopback,
    trustProxy,
    bindHost: options.host,
    today: options.today,
    maxBodyBytes: options.maxBodyBytes,
    loginLimits: options.loginLimits,
    localReadCredential: options.localReadCredential,
  });
  const tls = options.tls ? { createServer: createHttpsServer, serverOptions: { cert: options.tls.cert, key: options.tls.key } } : {};
  const server = await new Promise<ServerType>((resolve, reject) => {
    // "[::1]" as typed in a URL is "::1" to listen().
    const s = serve({ fetch: app.fetch, hostname: options.host.replace(/^\[(.*)\]$/, "$1"), port: options.port, ...tls }, () => resolve(s));
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  // Reconcile in the background while the first visitor is on the way; a request meanwhile joins the same computation.
  ledger.warm().catch(() => undefined);
  const shownHost = options.host.includes(":") && !options.host.startsWith("[") ? `[${options.host}]` : options.host;
  const warnings = !loopback && !options.tls && !trustProxy ? [PLAIN_HTTP_EXPLANATION] : [];
  return {
    url: `${options.tls ? "https" : "http"}://${shownHost}:${port}`,
    ledger,
    loopback,
    warnings,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  };
}
