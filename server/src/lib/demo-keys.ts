/**
 * Demo mode may run without configured keys: they are generated once into DATA_DIR/keys.json (mode
 * 0600) and reused, so encrypted data stays readable across restarts. Production requires DATA_KEY and
 * BLIND_INDEX_KEY (config.ts refuses to start without them).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';

export function resolveKeys(config: Config): { dataKeyHex: string; blindIndexKeyHex: string; generated: boolean } {
  if (config.dataKeyHex && config.blindIndexKeyHex) {
    return { dataKeyHex: config.dataKeyHex, blindIndexKeyHex: config.blindIndexKeyHex, generated: false };
  }
  if (config.mode === 'production') throw new Error('DATA_KEY and BLIND_INDEX_KEY are required in production mode');
  const file = path.join(config.dataDir, 'keys.json');
  if (fs.existsSync(file)) {
    const keys = JSON.parse(fs.readFileSync(file, 'utf8')) as { dataKeyHex: string; blindIndexKeyHex: string };
    return { ...keys, generated: false };
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const keys = { dataKeyHex: randomBytes(32).toString('hex'), blindIndexKeyHex: randomBytes(32).toString('hex') };
  fs.writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return { ...keys, generated: true };
}
