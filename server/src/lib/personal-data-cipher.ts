/**
 * Encryption of personal data at rest (身份证号, mobile numbers): SM4-CTR with a random IV, then
 * HMAC-SM3 over version, IV and ciphertext (encrypt-then-MAC), so tampering is detected. National
 * algorithms as GB/T 39786 level 3 expects for 重要数据存储机密性/完整性. Node has no SM4-GCM, hence EtM.
 * Lookup uses a blind index: HMAC-SM3 with a separate key over the normalised value.
 * Format: "v1.<iv b64url>.<ciphertext b64url>.<mac b64url>".
 */
import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual, createHmac, hkdfSync } from 'node:crypto';

export interface PersonalDataCipher {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  blindIndex(plain: string): string;
}

function b64(buf: Buffer) {
  return buf.toString('base64url');
}

export function createPersonalDataCipher(dataKeyHex: string, blindIndexKeyHex: string): PersonalDataCipher {
  const master = Buffer.from(dataKeyHex, 'hex');
  const encKey = Buffer.from(hkdfSync('sm3', master, Buffer.alloc(0), 'onewindow sm4 v1', 16));
  const macKey = Buffer.from(hkdfSync('sm3', master, Buffer.alloc(0), 'onewindow mac v1', 32));
  const bidxKey = Buffer.from(blindIndexKeyHex, 'hex');
  if (master.length !== 32 || bidxKey.length !== 32) throw new Error('personal-data keys must be 32 bytes');

  const mac = (iv: Buffer, ct: Buffer) => createHmac('sm3', macKey).update('v1').update(iv).update(ct).digest();

  return {
    encrypt(plain) {
      const iv = randomBytes(16);
      const cipher = createCipheriv('sm4-ctr', encKey, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1.${b64(iv)}.${b64(ct)}.${b64(mac(iv, ct))}`;
    },
    decrypt(sealed) {
      const parts = sealed.split('.');
      if (parts.length !== 4 || parts[0] !== 'v1') throw new Error('unknown personal-data ciphertext format');
      const iv = Buffer.from(parts[1]!, 'base64url');
      const ct = Buffer.from(parts[2]!, 'base64url');
      const tag = Buffer.from(parts[3]!, 'base64url');
      const expected = mac(iv, ct);
      if (tag.length !== expected.length || !timingSafeEqual(tag, expected)) {
        throw new Error('personal-data ciphertext failed its integrity check');
      }
      const decipher = createDecipheriv('sm4-ctr', encKey, iv);
      return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
    },
    blindIndex(plain) {
      return createHmac('sm3', bidxKey).update(plain.trim().toUpperCase()).digest('hex');
    },
  };
}
