/**
 * The dashboard's static server against hostile requests (issue 15, item 4): each case once crashed it, leaked a
 * file next to the site, or served without the headers a browser needs to protect the page.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeListenError, negotiateEncoding, serveDashboard } from '../serve.mjs';

let dir: string;
let server: Server;
let url: string;
const script = `console.log(${JSON.stringify('dashboard '.repeat(400))});\n`;

/** A raw request: the path goes out exactly as written (fetch would normalise "..", reject %ff…). */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  // A site in dist/, and secrets beside it whose folder name starts with "dist".
  dir = await mkdtemp(join(tmpdir(), 'opencity-serve-'));
  const site = join(dir, 'dist');
  await mkdir(join(site, 'assets'), { recursive: true });
  await mkdir(join(dir, 'dist-private'));
  await writeFile(join(dir, 'dist-private', 'secret.txt'), 'secret');
  await writeFile(join(dir, 'outside.txt'), 'outside');
  await writeFile(
    join(site, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' http://127.0.0.1:8090"></head><body></body></html>`,
  );
  await writeFile(join(site, 'assets', 'app-1234.js'), script);
  await writeFile(join(site, '.env'), 'TOKEN=1');
  await symlink(join(dir, 'outside.txt'), join(site, 'link.txt'));
  ({ server, url } = await serveDashboard({ root: site, port: 0 }));
});

afterAll(async () => {
  await new Promise((ok) => server?.close(ok));
  await rm(dir, { recursive: true, force: true });
});

describe('dashboard server', () => {
  it('answers a path that does not decode with 400, and keeps serving', async () => {
    expect((await raw('/%ff')).status).toBe(400);
    expect((await raw('/%E0%A4%A')).status).toBe(400);
    expect((await raw('/a%00b')).status).toBe(400);
    expect((await raw('/')).status).toBe(200);
  });

  it('serves nothing outside its root: no sibling folder sharing its prefix, no "..", no link leading out', async () => {
    for (const path of [
      '/..%2fdist-private%2fsecret.txt',
      '/../dist-private/secret.txt',
      '/%2e%2e/dist-private/secret.txt',
      '/..%5cdist-private%5csecret.txt',
      '/../outside.txt',
      '/link.txt',
      '/.env',
    ]) {
      const res = await raw(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.body.toString()).not.toMatch(/secret|outside|TOKEN/);
    }
  });

  it('allows only GET and HEAD: other methods get 405 with Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const res = await raw('/', { method });
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
    }
    const head = await raw('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
  });

  it('sends the security headers on every answer, the page policy included', async () => {
    for (const path of ['/', '/assets/app-1234.js', '/missing', '/%ff']) {
      const { headers } = await raw(path, { method: path === '/missing' ? 'POST' : 'GET' });
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['content-security-policy']).toBe(
        "default-src 'self'; connect-src 'self' http://127.0.0.1:8090; frame-ancestors 'none'",
      );
    }
  });

  it('compresses text with brotli or gzip as negotiated, honouring q=0, and revalidates by ETag', async () => {
    const gz = await raw('/assets/app-1234.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gz.body).toString()).toBe(script);
    expect(gz.body.length).toBeLessThan(script.length / 10);
    const br = await raw('/assets/app-1234.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    const refused = await raw('/assets/app-1234.js', { headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(script);
    expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const again = await raw('/assets/app-1234.js', { headers: { 'if-none-match': String(gz.headers.etag) } });
    expect(again.status).toBe(304);
  });

  it('negotiates by quality values', () => {
    expect(negotiateEncoding('gzip;q=1, br;q=0.5')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBeUndefined();
    expect(negotiateEncoding(undefined)).toBeUndefined();
  });

  it('says in one line that the port is taken instead of printing a stack', async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', () => ok()));
    const port = (blocker.address() as { port: number }).port;
    const error = await serveDashboard({ root: join(dir, 'dist'), port }).catch((e: unknown) => e);
    blocker.close();
    expect((error as NodeJS.ErrnoException).code).toBe('EADDRINUSE');
    const line = describeListenError(error, '127.0.0.1', port);
    expect(line).toBe(
      `port ${port} on 127.0.0.1 is already in use: stop what runs there or choose another port (PORT=8081 npm start)`,
    );
  });
});
