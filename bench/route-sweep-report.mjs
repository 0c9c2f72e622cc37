// The route sweep's report (bench/route-sweep.mjs) from its raw figures, in Markdown: the
// slowest ten route × role pairs, then one line per route. `node bench/route-sweep-report.mjs
// <raw.json>` writes it again from a saved run and appends it to route-sweep-results.md.
import { appendFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const TARGET_P95_MS = 50;
const RESULTS = new URL('./route-sweep-results.md', import.meta.url);

/** Route → the roles it was met with, for one line per route. */
function byRoute(entries) {
  const routes = new Map();
  for (const entry of entries) {
    const list = routes.get(entry.path) ?? [];
    list.push(entry);
    routes.set(entry.path, list);
  }
  return routes;
}

const ms = (value) => value.toFixed(value < 100 ? 1 : 0);

/**
 * raw: { meta: { date, header, runs, skippedPaths }, results, forbidden, unfilled, failures,
 * cutLists, stuck } as route-sweep.mjs saves it.
 */
export function formatReport(raw) {
  const { meta, results, forbidden, unfilled, failures, cutLists, stuck } = raw;
  const note = (r) =>
    r.cutOff
      ? 'cut off, no answer'
      : r.runs < meta.runs
        ? `${r.runs} call${r.runs === 1 ? '' : 's'}`
        : '';
  const above = (r) => (r.p95 > TARGET_P95_MS ? '**above**' : '');
  const slowest = [...results].sort((a, b) => b.p95 - a.p95).slice(0, 10);
  const downloads = results.filter((r) => r.download);
  const slowestDownloads = [...downloads]
    .sort((a, b) => b.download.p95 - a.download.p95)
    .slice(0, 10);
  const routes = [...byRoute(results)].map(([path, list]) => {
    const worst = list.reduce((a, b) => (b.p95 > a.p95 ? b : a));
    return { path, worst, roles: list.length };
  });
  // Lists proper answer `items` (or a bare array); other arrays are aggregates or choices.
  const lists = [...byRoute(cutLists)].map(([path, list]) => ({
    path,
    key: list[0].key ?? '[]',
    items: Math.max(...list.map((c) => c.items)),
    roles: list.map((c) => c.caller),
  }));
  const cutItems = lists.filter((l) => l.key === 'items' || l.key === '[]');
  const otherArrays = lists.filter((l) => !cutItems.includes(l));
  const routesAbove = routes.filter((r) => r.worst.p95 > TARGET_P95_MS);
  const answered = new Set([...results, ...failures].map((r) => r.path));
  const untimed = [...byRoute(unfilled)].filter(([path]) => !answered.has(path));
  return [
    '',
    `## ${meta.date} UTC, scale ${meta.scale}`,
    '',
    meta.header,
    `${results.length} route × role pairs timed over ${routes.length} routes; ` +
      `${routesAbove.length} routes above the target p95 ≤ ${TARGET_P95_MS} ms for some role; ` +
      `${forbidden.length} pairs answered 401/403 (skipped).`,
    '',
    '### Slowest ten (route × role, by p95)',
    '',
    '| route | as | p50 ms | p95 ms | |',
    '| --- | --- | ---: | ---: | --- |',
    ...slowest.map(
      (r) =>
        `| \`GET ${r.path}\` | ${r.caller} | ${ms(r.p50)} | ${ms(r.p95)} | ${[note(r), above(r)].filter(Boolean).join(', ')} |`,
    ),
    '',
    `### Downloads: first bytes against the target, the whole file beside it (${downloads.length} route × role pairs)`,
    '',
    'A list download streams its rows as they are read, so its answer is timed to its first bytes; ' +
      'the slowest ten by the whole download:',
    '',
    '| route | as | first bytes p95 ms | whole p50 ms | whole p95 ms | MB |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...slowestDownloads.map(
      (r) =>
        `| \`GET ${r.path}\` | ${r.caller} | ${ms(r.p95)} | ${ms(r.download.p50)} | ${ms(r.download.p95)} | ${(r.download.bytes / 1048576).toFixed(1)} |`,
    ),
    '',
    `### Cut off: a call over 10 s, the route not called again (${stuck.length})`,
    '',
    ...stuck.map((s) => `- \`GET ${s.path}\` as ${s.caller}: no answer in ${ms(s.ms / 1000)} s`),
    '',
    `### Lists answering items without a total (${cutItems.length})`,
    '',
    ...cutItems.map(
      (l) =>
        `- \`GET ${l.path}\`: up to ${l.items} in \`${l.key}\` (${l.roles.length} roles: ${l.roles.join(', ')})`,
    ),
    '',
    `Other arrays without a total (aggregates, choices, nested parts; ${otherArrays.length} routes): ` +
      otherArrays.map((l) => `\`${l.path}\` (${l.items} in \`${l.key}\`)`).join(', ') +
      '.',
    '',
    `### Non-2xx answers (${[...byRoute(failures)].length} routes, ${failures.length} route × role pairs)`,
    '',
    ...[...byRoute(failures)].map(
      ([path, list]) =>
        `- \`GET ${path}\`: ${list[0].status} ${String(list[0].detail).slice(0, 160)} (${list.length} roles: ${list.map((f) => f.caller).join(', ')})`,
    ),
    '',
    `### Not timed for want of an id, for any role (${untimed.length} routes)`,
    '',
    ...untimed.map(
      ([path, list]) => `- \`GET ${path}\`: ${list[0].reason.replace(/ \S+ sees$/, '')}`,
    ),
    '',
    `Not swept: ${meta.skippedPaths.map((p) => `\`${p}\``).join(', ')}.`,
    '',
    '<details><summary>Every route: p50 and p95 of its slowest role</summary>',
    '',
    '| route | roles | slowest as | p50 ms | p95 ms | |',
    '| --- | ---: | --- | ---: | ---: | --- |',
    ...routes.map(
      ({ path, worst, roles }) =>
        `| \`GET ${path}\` | ${roles} | ${worst.caller} | ${ms(worst.p50)} | ${ms(worst.p95)} | ${[note(worst), above(worst)].filter(Boolean).join(', ')} |`,
    ),
    '',
    '</details>',
    '',
  ].join('\n');
}

export function appendReport(text) {
  appendFileSync(RESULTS, text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = formatReport(JSON.parse(readFileSync(process.argv[2], 'utf8')));
  process.stdout.write(text);
  appendReport(text);
}
