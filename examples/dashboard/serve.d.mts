import type { Server } from 'node:http';

/** The dashboard's Content-Security-Policy, allowing Server-Sent Events from its origin and `connectOrigins`. */
export function contentSecurityPolicy(connectOrigins?: readonly string[]): string;

/** One line saying why the server could not listen (the port is taken, not allowed…), without a stack. */
export function describeListenError(error: unknown, host: string, port: number): string;

/** The best content coding (`br`, `gzip`) a client accepts by its Accept-Encoding header, or undefined. */
export function negotiateEncoding(header: string | undefined): 'br' | 'gzip' | undefined;

/** Serves `root` (default: dist/) on host:port (port 0 = any free port). */
export function serveDashboard(options?: {
  readonly root?: string;
  readonly host?: string;
  readonly port?: number;
}): Promise<{ server: Server; url: string }>;
