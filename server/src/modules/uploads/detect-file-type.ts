/**
 * The type of an uploaded file, decided from its bytes (never from the name or the Content-Type the
 * client sent): PDF, JPEG, PNG, or OFD — the Chinese fixed-layout format (GB/T 33190-2016 电子文件存储与
 * 交换格式 版式文档), a ZIP package whose root holds the entry file `OFD.xml`. Anything else → null.
 */

export type UploadExt = 'pdf' | 'jpg' | 'png' | 'ofd';

export interface DetectedFileType {
  ext: UploadExt;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png' | 'application/ofd';
}

/** Name extensions accepted for each detected type (the name must not claim another type). */
export const EXTENSIONS: Record<UploadExt, string[]> = {
  pdf: ['pdf'],
  jpg: ['jpg', 'jpeg'],
  png: ['png'],
  ofd: ['ofd'],
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_CENTRAL_HEADER = 0x02014b50;
const ZIP_END_OF_CENTRAL_DIRECTORY = 0x06054b50;

export function detectFileType(bytes: Buffer): DetectedFileType | null {
  // PDF (ISO 32000) header "%PDF-1.x" / "%PDF-2.0" at the start of the file.
  if (bytes.length >= 8 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    return { ext: 'pdf', mediaType: 'application/pdf' };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return { ext: 'jpg', mediaType: 'image/jpeg' };
  }
  if (bytes.length > PNG_SIGNATURE.length && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return { ext: 'png', mediaType: 'image/png' };
  }
  if (bytes.length >= 30 && bytes.readUInt32LE(0) === ZIP_LOCAL_HEADER && zipEntryNames(bytes).some(isOfdEntry)) {
    return { ext: 'ofd', mediaType: 'application/ofd' };
  }
  return null;
}

function isOfdEntry(name: string): boolean {
  return name.replace(/^\.?\//, '').toLowerCase() === 'ofd.xml';
}

/** Whether a file name's extension agrees with the detected type (a name without extension agrees). */
export function nameMatchesType(fileName: string, type: DetectedFileType): boolean {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return true;
  return EXTENSIONS[type.ext].includes(fileName.slice(dot + 1).toLowerCase());
}

/**
 * Entry names of a ZIP archive from its central directory (found via the end-of-central-directory
 * record, which sits in the last 22 + up to 65535 comment bytes). Returns [] for anything malformed.
 */
export function zipEntryNames(bytes: Buffer): string[] {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return [];
  const count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== ZIP_CENTRAL_HEADER) return [];
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const nameEnd = offset + 46 + nameLength;
    if (nameEnd > bytes.length) return [];
    names.push(bytes.subarray(offset + 46, nameEnd).toString('utf8'));
    offset = nameEnd + extraLength + commentLength;
  }
  return names;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) === ZIP_END_OF_CENTRAL_DIRECTORY) return i;
  }
  return -1;
}
