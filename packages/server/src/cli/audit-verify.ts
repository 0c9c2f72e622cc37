// npm run audit:verify — walks every audit chain and reports the first tampered or missing
// record of each. Exit code 1 when any chain is broken. Uses DATABASE_URL or DATA_DIR like the server.
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { verifyAllAuditChains } from '../platform/audit.ts';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const results = await verifyAllAuditChains(database.db);
  let broken = 0;
  for (const r of results) {
    if (r.ok) {
      process.stdout.write(`ok      ${r.chain}: ${r.checked} records\n`);
    } else {
      broken += 1;
      const p = r.firstProblem!;
      process.stdout.write(
        `BROKEN  ${r.chain}: record ${p.seq}${p.id ? ` (id ${p.id})` : ''} is ${p.reason.replace('_', ' ')}; ${r.checked} records before it are intact\n`,
      );
    }
  }
  process.stdout.write(
    broken === 0
      ? `All ${results.length} audit chains are intact.\n`
      : `${broken} of ${results.length} audit chains are broken.\n`,
  );
  process.exitCode = broken === 0 ? 0 : 1;
} finally {
  await database.close();
}
