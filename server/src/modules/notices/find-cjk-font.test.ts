import { describe, expect, it } from 'vitest';
import { cjkFontFace, collectionFaces, findCjkFont } from './find-cjk-font.js';

const NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

describe('findCjkFont', () => {
  it('returns the first candidate that exists, or null', () => {
    expect(findCjkFont(['/nonexistent/a.ttc', NOTO_SERIF])).toBe(NOTO_SERIF);
    expect(findCjkFont(['/nonexistent/a.ttc', '/nonexistent/b.ttf'])).toBeNull();
  });

  it('finds a font on this machine with the default candidates (fonts-noto-cjk is installed in CI)', () => {
    expect(findCjkFont()).not.toBeNull();
  });
});

describe('cjkFontFace', () => {
  it('reads the faces of a collection and picks the Simplified Chinese one', () => {
    const faces = collectionFaces(NOTO_SERIF);
    expect(faces[0]).toBe('NotoSerifCJKjp-Regular'); // why picking matters: Japanese glyph shapes come first
    expect(faces).toContain('NotoSerifCJKsc-Regular');
    expect(cjkFontFace(NOTO_SERIF)).toBe('NotoSerifCJKsc-Regular');
  });

  it('returns undefined for a single-font file', () => {
    const ttf = findCjkFont(['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf']);
    expect(ttf).not.toBeNull();
    expect(collectionFaces(ttf!)).toEqual([]);
    expect(cjkFontFace(ttf!)).toBeUndefined();
  });
});
