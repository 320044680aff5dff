/** The HTML rendering of a report: one standalone file (inline CSS, no script, no external resource) that opens offline. */
import type { Severity } from '@opencity/models';
import type { ValidationReport } from '../types';
import { formatSource } from './location';
import { counted, formatCount, formatDateTime, pluralForm, reportWords } from './words';
import { escapeMarkup as h } from './xml';

/** Options of {@link formatHtml}. */
export interface HtmlFormatOptions {
  /** Records listed in the per-record table (default 1,000; the JSON report lists them all). */
  readonly maxRecords?: number;
}

const CSS = `
:root{--err:#b3261e;--warn:#8a5a00;--info:#0b57d0;--ok:#146c2e;--line:#d0d7de;--muted:#57606a;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff}
body{max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
.meta{color:var(--muted);font-size:.9rem}
.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
.card{border:1px solid var(--line);border-radius:.5rem;padding:.6rem 1rem;min-width:8rem}
.card b{display:block;font-size:1.5rem}
.card.valid b{color:var(--ok)}.card.invalid b,.card.unparseable b{color:var(--err)}
.bar{display:flex;height:.6rem;border-radius:.3rem;overflow:hidden;background:#eee;margin:.5rem 0 1rem}
.bar span{display:block}.bar .valid{background:var(--ok)}.bar .invalid{background:var(--err)}.bar .unparseable{background:#6e3630}
.sev{display:inline-block;font-size:.75rem;font-weight:600;text-transform:uppercase;padding:.05rem .4rem;border-radius:.25rem;color:#fff}
.sev.error{background:var(--err)}.sev.warning{background:var(--warn)}.sev.info{background:var(--info)}
details.notice{border:1px solid var(--line);border-radius:.5rem;margin:.5rem 0;padding:.4rem .8rem}
details.notice summary{cursor:pointer;font-weight:600}
details.notice .count{color:var(--muted);font-weight:400}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
th,td{border-bottom:1px solid var(--line);text-align:left;padding:.3rem .5rem;vertical-align:top}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85em;background:#f6f8fa;padding:0 .2rem;border-radius:.2rem}
.ok{color:var(--ok);font-weight:600}
`;

const badge = (severity: Severity, label: string) => `<span class="sev ${severity}">${h(label)}</span>`;

/**
 * Renders a report as one self-contained HTML page in the report's language: summary first, then findings grouped by
 * code with samples, fix advice and links, then the records with findings.
 * @example
 * writeFileSync('report.html', formatHtml(report));
 */
export function formatHtml(report: ValidationReport, options: HtmlFormatOptions = {}): string {
  const lang = report.options.lang;
  const w = reportWords[lang];
  const s = report.summary;
  const n = (v: number) => formatCount(v, lang);
  const pct = (v: number) => (s.total === 0 ? 0 : (100 * v) / s.total).toFixed(2);
  const maxRecords = options.maxRecords ?? 1000;

  const cards = [
    ['total', w.records, s.total],
    ['valid', w.valid, s.valid],
    ['invalid', w.invalid, s.invalid],
    ['unparseable', w.unparseable, s.unparseable],
    ['errors', w.severities.error, s.bySeverity.error],
    ['warnings', w.severities.warning, s.bySeverity.warning],
  ] as const;
  const summary = [
    `<section id="summary"><div class="cards">`,
    ...cards.map(
      ([key, forms, value]) =>
        `<div class="card ${key}" data-count="${key}"><b>${n(value)}</b>${h(pluralForm(forms, value, lang))}</div>`,
    ),
    `</div>`,
    `<div class="bar" role="img" aria-label="${h(`${counted(s.valid, w.valid, lang)}, ${counted(s.invalid, w.invalid, lang)}, ${counted(s.unparseable, w.unparseable, lang)}`)}">` +
      `<span class="valid" style="width:${pct(s.valid)}%"></span><span class="invalid" style="width:${pct(s.invalid)}%"></span><span class="unparseable" style="width:${pct(s.unparseable)}%"></span></div>`,
    s.total === 0
      ? `<p>${h(w.noRecords)}</p>`
      : report.notices.length === 0
        ? `<p class="ok">${h(w.allValid)}</p>`
        : '',
    `</section>`,
  ];

  const notices = report.notices.map((g) => {
    const samples = g.samples
      .map(
        (x) =>
          `<tr><td><code>${h(formatSource(x.source))}</code></td><td><code>${h(x.instancePath || '/')}</code></td><td>${h(x.message)}</td></tr>`,
      )
      .join('');
    const paths = g.paths
      .slice(0, 10)
      .map((p) => `<code>${h(p.path || '/')}</code> × ${n(p.count)}`)
      .join(', ');
    return (
      `<details class="notice" data-code="${h(g.code)}" data-severity="${g.severity}"${g.severity === 'error' ? ' open' : ''}>` +
      `<summary>${badge(g.severity, w.severity[g.severity])} <code>${h(g.code)}</code> — ${h(g.title)} <span class="count">${h(`${n(g.total)} ${w.inRecords(g.records)}`)}</span></summary>` +
      `<p><strong>${h(w.howToFix)}${w.colon}</strong> ${h(g.fix)} (<a href="${h(g.docs)}">${h(w.documentation)}</a>)</p>` +
      (paths ? `<p><strong>${h(w.paths)}${w.colon}</strong> ${paths}</p>` : '') +
      `<table><caption>${h(w.samples(g.samples.length, g.total))}</caption><thead><tr><th>${h(w.location)}</th><th>${h(w.path)}</th><th>${h(w.message)}</th></tr></thead><tbody>${samples}</tbody></table>` +
      `</details>`
    );
  });

  const listed = report.records.slice(0, maxRecords);
  const rows = listed.flatMap((r) =>
    r.findings.map(
      (f, i) =>
        `<tr>${i === 0 ? `<td rowspan="${r.findings.length}"><code>${h(formatSource(r.source))}</code>${r.type ? `<br>${h(r.type)}` : ''}</td>` : ''}<td>${badge(f.severity, w.severity[f.severity])}</td><td><code>${h(f.instancePath || '/')}</code></td><td>${h(f.message)}</td></tr>`,
    ),
  );
  const unlisted = report.records.length - listed.length + s.recordsOmitted;
  const inputs = report.inputs
    .map((i) => `<li><code>${h(i.file)}</code> (${i.format}) — ${h(counted(i.records, w.records, lang))}</li>`)
    .join('');
  const schemas = report.schemas.map((x) => `<li><a href="${h(x.$id)}">${h(x.name)}</a> ${h(x.version)}</li>`).join('');

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${h(w.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${h(w.title)}</h1>
<p class="meta">${h(w.generated(`${report.tool.name} ${report.tool.version}`, formatDateTime(report.generatedAt, lang)))}</p>
${summary.join('\n')}
${notices.length ? `<section id="findings"><h2>${h(w.findingsByCode)}</h2>\n${notices.join('\n')}\n</section>` : ''}
${rows.length ? `<section id="records"><h2>${h(w.recordsWithFindings)}</h2><table><thead><tr><th>${h(w.location)}</th><th></th><th>${h(w.path)}</th><th>${h(w.message)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>${unlisted > 0 ? `<p class="meta">${h(w.omittedRecords(unlisted))}</p>` : ''}</section>` : ''}
<section id="inputs"><h2>${h(w.inputs)}</h2><ul>${inputs}</ul>${schemas ? `<h2>${h(w.schemas)}</h2><ul>${schemas}</ul>` : ''}</section>
</body>
</html>
`;
}
