/** `npm run audit:verify`: checks the audit hash chain of the configured database; exit 1 names the first broken record. */
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { verifyAuditChain } from './verify-audit-chain.js';

const database = await openDatabase(loadConfig());
try {
  const report = await verifyAuditChain(database.db);
  if (report.ok) {
    console.log(`审计链完整 / audit chain intact: ${report.checked} records verified`);
  } else {
    console.error(
      `审计链被篡改 / audit chain broken at record ${report.firstBroken!.seq}: ${report.firstBroken!.reason} (${report.checked} records verified before it)`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
