/**
 * Virus scanning of uploaded bytes. With CLAMAV_HOST set, files go to a clamd daemon over TCP using
 * its INSTREAM command (`zINSTREAM\0`, then chunks of <4-byte big-endian length><bytes>, ended by a
 * zero length; clamd answers `stream: OK` or `stream: <signature> FOUND`). Without it nothing is
 * scanned and uploads are recorded as 'not_scanned'.
 */
import net from 'node:net';
import type { Config } from '../../config.js';

export interface ScanResult {
  clean: boolean;
  signature?: string;
}

export interface VirusScanner {
  kind: 'none' | 'clamd';
  scan(bytes: Buffer): Promise<ScanResult>;
}

/** The scanner could not give an answer (daemon down, timeout, clamd error). Uploads fail closed. */
export class VirusScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VirusScanError';
  }
}

export const noVirusScanner: VirusScanner = {
  kind: 'none',
  scan: async () => ({ clean: true }),
};

export interface ClamdOptions {
  host: string;
  port: number;
  timeoutMs?: number;
  /** bytes per INSTREAM chunk; clamd's StreamMaxLength still applies to the total */
  chunkBytes?: number;
}

/** Parses one clamd reply line, e.g. `stream: OK` or `stream: Win.Test.EICAR_HDB-1 FOUND`. */
export function parseClamdReply(reply: string): ScanResult {
  const text = reply.replace(/\0/g, '').trim();
  const body = text.replace(/^stream:\s*/, '');
  if (body === 'OK') return { clean: true };
  const found = /^(.+) FOUND$/.exec(body);
  if (found) return { clean: false, signature: found[1]!.trim() };
  throw new VirusScanError(`clamd: ${text || 'empty reply'}`);
}

export function createClamdScanner(options: ClamdOptions): VirusScanner {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const chunkBytes = options.chunkBytes ?? 64 * 1024;
  return {
    kind: 'clamd',
    scan: (bytes) =>
      new Promise<ScanResult>((resolve, reject) => {
        const socket = net.createConnection({ host: options.host, port: options.port });
        const received: Buffer[] = [];
        let settled = false;
        const finish = (err: Error | null, result?: ScanResult) => {
          if (settled) return;
          settled = true;
          socket.destroy();
          if (err) reject(err);
          else resolve(result!);
        };
        socket.setTimeout(timeoutMs, () => finish(new VirusScanError(`clamd: no answer within ${timeoutMs} ms`)));
        socket.on('error', (err) => finish(new VirusScanError(`clamd: ${err.message}`)));
        socket.on('data', (data) => {
          received.push(data);
          if (data.includes(0)) {
            try {
              finish(null, parseClamdReply(Buffer.concat(received).toString('utf8')));
            } catch (err) {
              finish(err as Error);
            }
          }
        });
        socket.on('end', () => {
          try {
            finish(null, parseClamdReply(Buffer.concat(received).toString('utf8')));
          } catch (err) {
            finish(err as Error);
          }
        });
        socket.on('connect', () => {
          socket.write('zINSTREAM\0');
          for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
            const chunk = bytes.subarray(offset, offset + chunkBytes);
            const size = Buffer.alloc(4);
            size.writeUInt32BE(chunk.length, 0);
            socket.write(size);
            socket.write(chunk);
          }
          socket.write(Buffer.alloc(4));
        });
      }),
  };
}

/** The scanner the configuration asks for: clamd when CLAMAV_HOST is set, otherwise none. */
export function createVirusScanner(config: Config): VirusScanner {
  return config.clamav ? createClamdScanner({ host: config.clamav.host, port: config.clamav.port }) : noVirusScanner;
}
