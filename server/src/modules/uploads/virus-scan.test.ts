import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { EICAR } from './test-files.js';
import { createClamdScanner, createVirusScanner, noVirusScanner, parseClamdReply, VirusScanError } from './virus-scan.js';

/**
 * A fake clamd speaking the INSTREAM protocol: reads `zINSTREAM\0`, then <uint32 BE length><chunk>… until a
 * zero length, and answers like clamd (`stream: OK\0` / `stream: <sig> FOUND\0`). It records what arrived.
 */
function fakeClamd(behaviour: 'protocol' | 'silent' | 'error-reply' = 'protocol') {
  const received: { command: string; chunks: number[]; bytes: Buffer }[] = [];
  const server = net.createServer((socket) => {
    let buffer = Buffer.alloc(0);
    let command: string | null = null;
    const chunks: number[] = [];
    const parts: Buffer[] = [];
    socket.on('data', (data) => {
      buffer = Buffer.concat([buffer, data]);
      if (command === null) {
        const nul = buffer.indexOf(0);
        if (nul < 0) return;
        command = buffer.subarray(0, nul).toString('latin1');
        buffer = buffer.subarray(nul + 1);
      }
      while (buffer.length >= 4) {
        const size = buffer.readUInt32BE(0);
        if (size === 0) {
          const bytes = Buffer.concat(parts);
          received.push({ command, chunks: [...chunks], bytes });
          if (behaviour === 'silent') return;
          if (behaviour === 'error-reply') socket.end('INSTREAM size limit exceeded. ERROR\0');
          else socket.end(bytes.includes(EICAR) ? 'stream: Win.Test.EICAR_HDB-1 FOUND\0' : 'stream: OK\0');
          return;
        }
        if (buffer.length < 4 + size) return;
        chunks.push(size);
        parts.push(buffer.subarray(4, 4 + size));
        buffer = buffer.subarray(4 + size);
      }
    });
  });
  return {
    received,
    listen: () =>
      new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function started(behaviour?: 'protocol' | 'silent' | 'error-reply') {
  const fake = fakeClamd(behaviour);
  servers.push(fake);
  return { fake, port: await fake.listen() };
}

describe('clamd scanner (INSTREAM over TCP)', () => {
  it('reports a clean file as clean and sends it intact in length-prefixed chunks', async () => {
    const { fake, port } = await started();
    const bytes = Buffer.alloc(10_000, 7);
    const scanner = createClamdScanner({ host: '127.0.0.1', port, chunkBytes: 4096 });
    expect(scanner.kind).toBe('clamd');
    await expect(scanner.scan(bytes)).resolves.toEqual({ clean: true });
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]!.command).toBe('zINSTREAM');
    expect(fake.received[0]!.chunks).toEqual([4096, 4096, 1808]);
    expect(fake.received[0]!.bytes.equals(bytes)).toBe(true);
  });

  it('reports the EICAR test file as infected with its signature', async () => {
    const { port } = await started();
    const scanner = createClamdScanner({ host: '127.0.0.1', port });
    await expect(scanner.scan(Buffer.from(EICAR))).resolves.toEqual({ clean: false, signature: 'Win.Test.EICAR_HDB-1' });
  });

  it('fails with VirusScanError when clamd answers an error, is unreachable, or stays silent', async () => {
    const { port } = await started('error-reply');
    await expect(createClamdScanner({ host: '127.0.0.1', port }).scan(Buffer.from('x'))).rejects.toThrow(VirusScanError);

    const closed = await started();
    await closed.fake.close();
    servers.splice(servers.indexOf(closed.fake), 1);
    await expect(createClamdScanner({ host: '127.0.0.1', port: closed.port }).scan(Buffer.from('x'))).rejects.toThrow(VirusScanError);

    const silent = await started('silent');
    await expect(createClamdScanner({ host: '127.0.0.1', port: silent.port, timeoutMs: 200 }).scan(Buffer.from('x'))).rejects.toThrow(
      /no answer within 200 ms/,
    );
  });
});

describe('parseClamdReply', () => {
  it('reads OK, FOUND and errors', () => {
    expect(parseClamdReply('stream: OK\0')).toEqual({ clean: true });
    expect(parseClamdReply('stream: Eicar-Signature FOUND\0')).toEqual({ clean: false, signature: 'Eicar-Signature' });
    expect(() => parseClamdReply('')).toThrow(VirusScanError);
    expect(() => parseClamdReply('UNKNOWN COMMAND\0')).toThrow(VirusScanError);
  });
});

describe('createVirusScanner', () => {
  it('is none without CLAMAV_HOST (every file passes) and clamd with it', async () => {
    const none = createVirusScanner(loadConfig({}));
    expect(none).toBe(noVirusScanner);
    await expect(none.scan(Buffer.from(EICAR))).resolves.toEqual({ clean: true });
    expect(createVirusScanner(loadConfig({ CLAMAV_HOST: '127.0.0.1', CLAMAV_PORT: '3310' })).kind).toBe('clamd');
  });
});
