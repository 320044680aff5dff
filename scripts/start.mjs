#!/usr/bin/env node
// `npm start`: builds what it needs (nx, cached) and serves a page on localhost that lists the models of the
// contract and validates a pasted payload with @opencity/models.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const build = spawnSync('npx', ['--no-install', 'nx', 'run', '@opencity/models:build', '--outputStyle=stream'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const models = await import('@opencity/models');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function page() {
  const rows = models
    .listSchemas()
    .map((s) => `<tr><td><code>${escape(s.name)}</code></td><td>${escape(s.group)}</td><td>${escape(s.version)}</td><td>${escape(s.labels.en)}</td><td>${escape(s.labels.fr)}</td><td>${escape(s.labels.nl)}</td></tr>`)
    .join('');
  const options = models.listSchemas().map((s) => `<option>${escape(s.name)}</option>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>OpenCity — models and validator</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left}
textarea{width:100%;height:14rem;font:13px monospace}.error{color:#b00020}.warning{color:#8a5a00}.ok{color:#0a6b2d}</style></head>
<body><h1>OpenCity</h1><p>The models of the contract, and a validator for your payloads.</p>
<h2>Validate a payload</h2><form id="f"><textarea id="payload" aria-label="payload">{"id": "urn:ngsi-ld:AirQualityObserved:demo", "type": "AirQualityObserved", "dateObserved": "2026-03-02T10:00:00Z", "location": {"type": "Point", "coordinates": [4.35, 50.85]}, "pm25": "high"}</textarea>
<p><label>Model <select id="model"><option value="">detect from "type"</option>${options}</select></label>
<label>Language <select id="lang"><option>en</option><option>fr</option><option>nl</option></select></label> <button>Validate</button></p></form>
<div id="result" role="status"></div>
<h2>Models</h2><table><thead><tr><th>Name</th><th>Group</th><th>Version</th><th>EN</th><th>FR</th><th>NL</th></tr></thead><tbody>${rows}</tbody></table>
<script>
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'})[c]);
document.getElementById('f').addEventListener('submit', async (e) => {
  e.preventDefault();
  const res = await fetch('/api/validate', { method: 'POST', headers: {'content-type': 'application/json'},
    body: JSON.stringify({ payload: document.getElementById('payload').value, model: document.getElementById('model').value, lang: document.getElementById('lang').value }) });
  const r = await res.json();
  document.getElementById('result').innerHTML = '<p class="' + (r.valid ? 'ok' : 'error') + '">' + (r.valid ? 'Valid' : 'Invalid') + (r.type ? ' ' + esc(r.type) : '') + '</p><ul>' +
    r.findings.map((f) => '<li class="' + esc(f.severity) + '"><code>' + esc(f.instancePath || '/') + '</code> ' + esc(f.code) + ': ' + esc(f.message) + '</li>').join('') + '</ul>';
});
</script></body></html>`;
}

function validateRequest(body) {
  let input;
  try {
    input = JSON.parse(body);
  } catch {
    return { status: 400, json: { error: 'request body must be JSON {payload, model?, lang?}' } };
  }
  const lang = ['en', 'fr', 'nl'].includes(input.lang) ? input.lang : 'en';
  let payload;
  try {
    payload = JSON.parse(String(input.payload ?? ''));
  } catch (error) {
    return { status: 200, json: { valid: false, findings: [{ code: 'unparseable_json', severity: 'error', instancePath: '', message: `not valid JSON: ${error.message}` }] } };
  }
  const result = input.model ? models.validate(String(input.model), payload, { lang }) : models.validateEntity(payload, { lang });
  return { status: 200, json: { valid: result.valid, type: result.type, findings: result.findings } };
}

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/api/validate') {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > 5_000_000) req.destroy();
    });
    req.on('end', () => {
      const { status, json } = validateRequest(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(json));
    });
    return;
  }
  if (req.method === 'GET' && req.url === '/api/models') {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(models.listSchemas()));
    return;
  }
  if (req.method === 'GET' && (req.url === '/' || req.url === '/index.html')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
});
server.listen(port, host, () => console.log(`OpenCity is serving on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/ (Ctrl+C to stop)`));
