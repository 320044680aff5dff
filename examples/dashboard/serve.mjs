#!/usr/bin/env node
// A small static server for the built dashboard (dist/): what `npm start` runs and what the end-to-end test drives.
// Any static host works as well; this one exists so that `npm start` needs nothing else. It serves only what it must:
// GET and HEAD of regular files whose real path lies inside the root, with security headers, compressed text, and a
// 400 (not a crash) for a path that does not decode.
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);
// Below this size compression saves less than the header costs.
const MIN_COMPRESS_BYTES = 1024;
// Compressed bodies are kept in memory (the build is a few megabytes), at most this many bytes in all.
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The dashboard's Content-Security-Policy: everything from its own origin, inline style attributes (the views and
 * echarts set them), and Server-Sent Events from its origin plus `connectOrigins` (the build's live-feed allow-list).
 * The build writes it into index.html (so it travels to any static host); this server also sends it as a header.
 */
export function contentSecurityPolicy(connectOrigins = []) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectOrigins].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The policy a built index.html declares in its `<meta http-equiv="Content-Security-Policy">`, if any. */
function declaredPolicy(html) {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** One line saying why the server could not listen (the port is taken, not allowed…), without a stack. */
export function describeListenError(error, host, port) {
  if (error?.code === 'EADDRINUSE')
    return `port ${port} on ${host} is already in use: stop what runs there or choose another port (PORT=8081 npm start)`;
  if (error?.code === 'EACCES')
    return `port ${port} on ${host} needs privileges this user lacks: choose a port above 1023 (PORT=8080 npm start)`;
  if (error?.code === 'EADDRNOTAVAIL') return `${host} is not an address of this machine: set HOST to one that is`;
  return `cannot listen on ${host}:${port}: ${error?.message ?? error}`;
}

/** The content codings a client accepts, by its Accept-Encoding (RFC 9110, section 12.5.3), best first: br, gzip. */
export function negotiateEncoding(header) {
  const accepted = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)).find(Boolean);
    if (name) accepted.set(name, q ? Number(q[1]) : 1);
  }
  const weight = (coding) => accepted.get(coding) ?? accepted.get('*') ?? 0;
  const best = ['br', 'gzip'].filter((c) => weight(c) > 0).sort((a, b) => weight(b) - weight(a));
  return best[0];
}

/** Serves `root` on host:port (port 0 = any free port); resolves to the listening server and its URL. */
export async function serveDashboard({
  root = fileURLToPath(new URL('./dist/', import.meta.url)),
  host = '127.0.0.1',
  port = 8080,
} = {}) {
  const index = join(resolve(root), 'index.html');
  const html = await readFile(index, 'utf8').catch(() => {
    throw new Error(
      `${index} does not exist: build the dashboard first (npx nx run @opencity-examples/dashboard:build)`,
    );
  });
  // Containment is checked on real paths: a symbolic link inside the root that leads outside is not followed.
  const base = await realpath(resolve(root));
  const security = {
    'content-security-policy': `${declaredPolicy(html) ?? contentSecurityPolicy()}; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'x-frame-options': 'DENY',
  };
  const cache = new Map();
  let cachedBytes = 0;

  const compressed = (file, info, encoding) => {
    const key = `${encoding}:${file}`;
    const hit = cache.get(key);
    if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit.body;
    const body = readFile(file).then((raw) =>
      encoding === 'br'
        ? brotli(raw, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
          })
        : gzipAsync(raw, { level: 9 }),
    );
    const entry = { mtimeMs: info.mtimeMs, size: info.size, body, bytes: 0 };
    cache.set(key, entry);
    body.then(
      (b) => {
        entry.bytes = b.length;
        cachedBytes += b.length;
        for (const [k, e] of cache) {
          if (cachedBytes <= MAX_CACHE_BYTES) break;
          cache.delete(k);
          cachedBytes -= e.bytes;
        }
      },
      () => cache.delete(key),
    );
    return body;
  };

  const text = (res, status, message, headers = {}) =>
    void res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(`${message}\n`);

  const handle = async (req, res) => {
    for (const [name, value] of Object.entries(security)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return text(res, 405, `method ${req.method} not allowed: this server only reads (GET, HEAD)`, {
        allow: 'GET, HEAD',
      });
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return text(res, 400, 'bad request: the path is not valid percent-encoded UTF-8');
    }
    if (path.includes('\0')) return text(res, 400, 'bad request: the path holds a NUL character');
    // join() resolves "..": the result is checked below, after symbolic links are resolved too.
    const wanted = join(base, path.endsWith('/') ? `${path}index.html` : path);
    const file = await realpath(wanted).catch(() => undefined);
    const inside = file !== undefined && file.startsWith(base + sep);
    // Dot files (.env, .git…) are never part of the site.
    if (
      !inside ||
      relative(base, file)
        .split(sep)
        .some((part) => part.startsWith('.'))
    )
      return text(res, 404, 'not found');
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return text(res, 404, 'not found');

    const extension = extname(file);
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    res.setHeader('content-type', types[extension] ?? 'application/octet-stream');
    res.setHeader('etag', etag);
    res.setHeader('last-modified', info.mtime.toUTCString());
    // Vite names built assets by content hash: they never change; the page itself is revalidated every time.
    res.setHeader(
      'cache-control',
      relative(base, file).startsWith(`assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    const canCompress = compressible.has(extension) && info.size >= MIN_COMPRESS_BYTES;
    if (canCompress) res.setHeader('vary', 'Accept-Encoding');
    const matches = String(req.headers['if-none-match'] ?? '')
      .split(',')
      .map((tag) => tag.trim());
    if (matches.includes(etag) || matches.includes('*')) return void res.writeHead(304).end();

    const encoding = canCompress ? negotiateEncoding(req.headers['accept-encoding']) : undefined;
    if (encoding) {
      const body = await compressed(file, info, encoding);
      res.writeHead(200, { 'content-encoding': encoding, 'content-length': body.length });
      return void res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, { 'content-length': info.size });
    if (req.method === 'HEAD') return void res.end();
    // A file removed since stat (a rebuild under a running server) ends this response, not the server.
    createReadStream(file)
      .once('error', () => res.destroy())
      .pipe(res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(`dashboard server: ${req.method} ${req.url}: ${error?.message ?? error}`);
      if (res.headersSent) res.destroy();
      else text(res, 500, 'internal error');
    });
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, host, ok));
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
  return { server, url };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  try {
    const { url } = await serveDashboard({ port, host });
    console.log(`OpenCity dashboard: ${url} (Ctrl+C to stop)`);
  } catch (error) {
    console.error(error?.syscall === 'listen' ? describeListenError(error, host, port) : (error?.message ?? error));
    process.exit(1);
  }
}
