// npm run audit:verify — walks every audit chain and reports the first tampered or missing
// record of each. Exit code 1 when any chain is broken. Uses DATABASE_URL or DATA_DIR like the server.
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { verifyAllAuditChains } from '../platform/audit.ts';
import { reportChains } from './chain-report.ts';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const broken = reportChains(await verifyAllAuditChains(database.db), (line) =>
    process.stdout.write(line),
  );
  process.exitCode = broken === 0 ? 0 : 1;
} finally {
  await database.close();
}
