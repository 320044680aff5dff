/** Serves the ingester's live KPIs as Server-Sent Events for the dashboard's "Live sensors" page. */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Ingester } from './ingester';

/** Options of {@link startLiveServer}. */
export interface LiveServerOptions {
  /** Port (default 8090; 0 = any free port). */
  readonly port?: number;
  /** Interface (default 127.0.0.1). */
  readonly host?: string;
  /** Clients served at once (default 100); more get 503. */
  readonly maxClients?: number;
  /** A client that leaves this many bytes unread is disconnected (default 1 MiB): a slow reader cannot grow memory. */
  readonly maxBufferedBytes?: number;
}

/** A running live feed. */
export interface LiveServer {
  /** `http://<host>:<port>/live` */
  readonly url: string;
  readonly server: Server;
  /** Ends every stream and stops listening. */
  close(): Promise<void>;
}

/**
 * Starts the SSE endpoint `GET /live` (CORS-open: a read-only public feed, the dashboard is served from another
 * origin). Each client gets the full snapshot first, then the ingester's throttled updates.
 */
export async function startLiveServer(ingester: Ingester, options: LiveServerOptions = {}): Promise<LiveServer> {
  const maxClients = options.maxClients ?? 100;
  const maxBuffered = options.maxBufferedBytes ?? 1024 * 1024;
  const clients = new Set<ServerResponse>();
  const unsubscribe = ingester.onUpdate((update) => {
    const event = `data: ${JSON.stringify(update)}\n\n`;
    for (const res of clients) {
      if (res.writableLength > maxBuffered) res.destroy();
      else res.write(event);
    }
  });
  const server = createServer((req, res) => {
    res.setHeader('x-content-type-options', 'nosniff');
    if (req.url !== '/live')
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: GET /live');
    if (req.method !== 'GET')
      return void res
        .writeHead(405, { allow: 'GET', 'content-type': 'text/plain' })
        .end('method not allowed: GET /live');
    if (clients.size >= maxClients)
      return void res
        .writeHead(503, { 'retry-after': '10', 'content-type': 'text/plain' })
        .end('too many live clients');
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'access-control-allow-origin': '*',
    });
    // `retry`: how long a browser waits before reconnecting after the feed dropped.
    res.write(`retry: 5000\ndata: ${JSON.stringify(ingester.snapshot())}\n\n`);
    clients.add(res);
    res.on('close', () => clients.delete(res));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(options.port ?? 8090, host, () => ok()));
  const url = `http://${host}:${(server.address() as AddressInfo).port}/live`;
  return {
    url,
    server,
    close: () =>
      new Promise<void>((ok) => {
        unsubscribe();
        for (const res of clients) res.end();
        server.close(() => ok());
      }),
  };
}
