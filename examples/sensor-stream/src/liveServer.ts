/** Serves the ingester's live KPIs as Server-Sent Events for the dashboard's "Live sensors" page. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Ingester } from './ingester';

/** Starts the SSE endpoint `GET /live` (CORS-open: the dashboard is served from another port). */
export async function startLiveServer(
  ingester: Ingester,
  port = 8090,
  host = '127.0.0.1',
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const clients = new Set<import('node:http').ServerResponse>();
  ingester.onUpdate((snap) => {
    const line = `data: ${JSON.stringify(snap)}\n\n`;
    for (const res of clients) res.write(line);
  });
  const server = createServer((req, res) => {
    if (req.url !== '/live') return void res.writeHead(404).end('not found: GET /live');
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'access-control-allow-origin': '*',
    });
    res.write(`data: ${JSON.stringify(ingester.snapshot())}\n\n`);
    clients.add(res);
    req.on('close', () => clients.delete(res));
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(port, host, () => ok()));
  const url = `http://${host}:${(server.address() as AddressInfo).port}/live`;
  return {
    url,
    server,
    close: () =>
      new Promise<void>((ok) => {
        for (const res of clients) res.end();
        server.close(() => ok());
      }),
  };
}
