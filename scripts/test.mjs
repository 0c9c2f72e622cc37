// `npm test`: install what is missing, build the web app, run every Vitest project, then print one
// line "N passed, N failed[, N skipped]". Extra arguments go to Vitest: `npm test -- --project domain`.
// Plain JavaScript for Node 20 too: on a fresh clone this runs before node_modules (and Node 24) exists.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, ensurePostgres } from './bootstrap.mjs';
import { buildServer, buildWeb, ensureDependencies, node, root } from './lib.mjs';

ensureDependencies();
ensurePostgres();
ensureChromium();
buildWeb(); // always: the built app is what the browser tests test
buildServer(); // always, for the same reason: they run the server as `npm start` does

// Ctrl-C reaches Vitest too; wait for it to tear down its database clusters and server.
process.on('SIGINT', () => {});

const reportDir = mkdtempSync(join(tmpdir(), 'tildel-test-'));
const reportFile = join(reportDir, 'report.json');
const vitest = spawnSync(
  node,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);

const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  for (const file of report.testResults) {
    let failedTests = 0;
    for (const { status } of file.assertionResults) {
      if (status === 'passed') counts.passed++;
      else if (status === 'failed') failedTests++;
      else counts.skipped++;
    }
    // A file that failed without a failing test (it did not load, a hook threw) counts as one failure.
    counts.failed += file.status === 'failed' && failedTests === 0 ? 1 : failedTests;
  }
}
rmSync(reportDir, { recursive: true, force: true });

console.log(
  `${counts.passed} passed, ${counts.failed} failed` +
    (counts.skipped > 0 ? `, ${counts.skipped} skipped` : ''),
);
const ok = vitest.status === 0 && counts.failed === 0 && counts.passed + counts.failed > 0;
if (!ok && counts.passed + counts.failed === 0) console.error('No tests ran.');
process.exit(ok ? 0 : vitest.status || 1);
