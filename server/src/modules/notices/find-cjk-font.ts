import { closeSync, existsSync, openSync, readSync } from 'node:fs';

/**
 * Where a font that covers Chinese usually lives. Serif first: 宋体-like faces suit official documents.
 * Debian/Ubuntu (fonts-noto-cjk, fonts-wqy-*), Fedora/RHEL (google-noto-*-cjk), Arch (noto-fonts-cjk), Alpine.
 */
export const CJK_FONT_CANDIDATES: readonly string[] = [
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-serif-cjk-fonts/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc',
];

/** The first candidate that exists, or null (the caller then cannot render notices). */
export function findCjkFont(candidates: readonly string[] = CJK_FONT_CANDIDATES): string | null {
  return candidates.find((path) => existsSync(path)) ?? null;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const read = readSync(fd, buf, 0, length, position);
  if (read !== length) throw new Error('font file truncated');
  return buf;
}

/** PostScript name (name ID 6) of the sfnt font starting at `offset`. */
function postscriptNameAt(fd: number, offset: number): string | null {
  const numTables = readAt(fd, offset + 4, 2).readUInt16BE(0);
  const records = readAt(fd, offset + 12, numTables * 16);
  for (let i = 0; i < numTables; i++) {
    if (records.toString('latin1', i * 16, i * 16 + 4) !== 'name') continue;
    const nameOffset = records.readUInt32BE(i * 16 + 8);
    const header = readAt(fd, nameOffset, 6);
    const count = header.readUInt16BE(2);
    const storage = nameOffset + header.readUInt16BE(4);
    const names = readAt(fd, nameOffset + 6, count * 12);
    for (let r = 0; r < count; r++) {
      const platform = names.readUInt16BE(r * 12);
      if (names.readUInt16BE(r * 12 + 6) !== 6 || (platform !== 1 && platform !== 3)) continue;
      const raw = readAt(fd, storage + names.readUInt16BE(r * 12 + 10), names.readUInt16BE(r * 12 + 8));
      // Windows names are UTF-16BE, Macintosh names single-byte Roman (PostScript names are ASCII).
      return platform === 3 ? Buffer.from(raw).swap16().toString('utf16le') : raw.toString('latin1');
    }
  }
  return null;
}

/** PostScript names of every face in a TrueType/OpenType collection (.ttc/.otc); [] for a single font. */
export function collectionFaces(path: string): string[] {
  const fd = openSync(path, 'r');
  try {
    const header = readAt(fd, 0, 12);
    if (header.toString('latin1', 0, 4) !== 'ttcf') return [];
    const numFonts = header.readUInt32BE(8);
    const offsets = readAt(fd, 12, numFonts * 4);
    const faces: string[] = [];
    for (let i = 0; i < numFonts; i++) {
      const name = postscriptNameAt(fd, offsets.readUInt32BE(i * 4));
      if (name) faces.push(name);
    }
    return faces;
  } finally {
    closeSync(fd);
  }
}

/**
 * The face pdfkit must be told to use for a collection (it cannot pick one itself): the Simplified Chinese
 * face when there is one (Noto CJK lists the Japanese face first, whose glyph shapes differ), else the first.
 * undefined for a single-font file.
 */
export function cjkFontFace(path: string): string | undefined {
  const faces = collectionFaces(path);
  return faces.find((f) => /CJKsc-|SC-|-SC$|GB/.test(f)) ?? faces[0];
}
