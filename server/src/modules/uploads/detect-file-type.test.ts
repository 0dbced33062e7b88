import { describe, expect, it } from 'vitest';
import { detectFileType, nameMatchesType, zipEntryNames } from './detect-file-type.js';
import { sampleDocx, sampleExe, sampleJpeg, sampleOfd, samplePdf, samplePng, zipOf } from './test-files.js';

describe('detectFileType', () => {
  it('recognises PDF, JPEG, PNG and OFD from their bytes', () => {
    expect(detectFileType(samplePdf())).toEqual({ ext: 'pdf', mediaType: 'application/pdf' });
    expect(detectFileType(sampleJpeg())).toEqual({ ext: 'jpg', mediaType: 'image/jpeg' });
    expect(detectFileType(samplePng())).toEqual({ ext: 'png', mediaType: 'image/png' });
    expect(detectFileType(sampleOfd())).toEqual({ ext: 'ofd', mediaType: 'application/ofd' });
  });

  it('accepts OFD.xml written with a leading ./ or in another case, and a ZIP comment after the directory', () => {
    expect(detectFileType(zipOf({ './OFD.xml': '<ofd:OFD/>' }))?.ext).toBe('ofd');
    expect(detectFileType(zipOf({ 'ofd.xml': '<ofd:OFD/>' }))?.ext).toBe('ofd');
    expect(detectFileType(zipOf({ 'OFD.xml': '<ofd:OFD/>' }, '签章 comment'))?.ext).toBe('ofd');
  });

  it('refuses other ZIP files: a Word document, an OFD.xml that is not at the root', () => {
    expect(detectFileType(sampleDocx())).toBeNull();
    expect(detectFileType(zipOf({ 'Doc_0/OFD.xml': '<x/>' }))).toBeNull();
    expect(detectFileType(zipOf({ 'OFD.xml.bak': '<x/>' }))).toBeNull();
  });

  it('refuses executables, text, HTML, empty and truncated files', () => {
    expect(detectFileType(sampleExe())).toBeNull();
    expect(detectFileType(Buffer.from('hello, 你好'))).toBeNull();
    expect(detectFileType(Buffer.from('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(detectFileType(Buffer.alloc(0))).toBeNull();
    expect(detectFileType(Buffer.from('%PDF'))).toBeNull();
    expect(detectFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });

  it('does not take a PDF signature that is not at the start', () => {
    expect(detectFileType(Buffer.concat([Buffer.from('MZ junk '), samplePdf()]))).toBeNull();
  });

  it('survives a truncated or corrupted ZIP (no throw, not OFD)', () => {
    const ofd = sampleOfd();
    expect(detectFileType(ofd.subarray(0, ofd.length - 10))).toBeNull();
    const corrupted = Buffer.from(ofd);
    corrupted.writeUInt32LE(0xffffff00, corrupted.length - 6); // central directory offset beyond the end
    expect(() => detectFileType(corrupted)).not.toThrow();
    expect(detectFileType(corrupted)).toBeNull();
  });
});

describe('zipEntryNames', () => {
  it('lists the entries of the central directory, UTF-8 names included', () => {
    expect(zipEntryNames(zipOf({ 'OFD.xml': 'a', 'Doc_0/附件.xml': 'b' }))).toEqual(['OFD.xml', 'Doc_0/附件.xml']);
  });
});

describe('nameMatchesType', () => {
  const pdf = { ext: 'pdf', mediaType: 'application/pdf' } as const;
  const jpg = { ext: 'jpg', mediaType: 'image/jpeg' } as const;
  it('requires the extension to agree with the content', () => {
    expect(nameMatchesType('营业执照.PDF', pdf)).toBe(true);
    expect(nameMatchesType('身份证.jpeg', jpg)).toBe(true);
    expect(nameMatchesType('身份证.jpg', jpg)).toBe(true);
    expect(nameMatchesType('setup.exe', pdf)).toBe(false);
    expect(nameMatchesType('photo.png', jpg)).toBe(false);
  });
  it('accepts a name without an extension', () => {
    expect(nameMatchesType('扫描件', pdf)).toBe(true);
    expect(nameMatchesType('.hidden', pdf)).toBe(true);
  });
});
