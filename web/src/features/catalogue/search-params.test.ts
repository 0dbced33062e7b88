import { describe, expect, it } from 'vitest';
import { hasFilters, parseSearchParams, searchPath, toApiQuery, toSearchParams } from './search-params';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));
const DEPT = '0b6f3c1e-7a52-4a4e-9d3b-2f1f1f1f1f1f';

describe('parseSearchParams', () => {
  it('reads every filter', () => {
    expect(parse(`q=身份证&audience=person&departmentId=${DEPT}&theme=P01&itemType=01&onlineLevel=4&maxVisits=0&page=3`)).toEqual({
      q: '身份证',
      audience: 'person',
      departmentId: DEPT,
      theme: 'P01',
      itemType: '01',
      onlineLevel: 4,
      maxVisits: 0,
      page: 3,
    });
  });
  it('starts at page 1 with nothing set', () => {
    expect(parse('')).toEqual({ page: 1 });
  });
  it('drops values the server would refuse', () => {
    expect(parse('q=%20%20&audience=alien&departmentId=x&theme=X01&itemType=1&onlineLevel=5&maxVisits=-1&page=0')).toEqual({ page: 1 });
    expect(parse('onlineLevel=2.5&maxVisits=abc&page=99999').onlineLevel).toBeUndefined();
    expect(parse('page=99999').page).toBe(1);
  });
  it('trims the words and caps them at 100 characters', () => {
    expect(parse(`q=${'a'.repeat(150)}`).q).toHaveLength(100);
    expect(parse('q=%20营业执照%20').q).toBe('营业执照');
  });
});

describe('toSearchParams and searchPath', () => {
  it('writes a stable order and leaves out page 1 and empty values', () => {
    expect(toSearchParams({ page: 1, theme: 'E01', audience: 'enterprise', q: ' ' }).toString()).toBe('audience=enterprise&theme=E01');
    expect(toSearchParams({ q: '社保', maxVisits: 0, page: 2 }).toString()).toBe('q=%E7%A4%BE%E4%BF%9D&maxVisits=0&page=2');
  });
  it('round-trips through the parser', () => {
    const filters = { q: '营业执照', audience: 'enterprise' as const, itemType: '01', onlineLevel: 3, page: 2 };
    expect(parseSearchParams(toSearchParams(filters))).toEqual(filters);
  });
  it('builds links', () => {
    expect(searchPath({})).toBe('/search');
    expect(searchPath({ theme: 'P01', audience: 'person' })).toBe('/search?audience=person&theme=P01');
  });
});

describe('toApiQuery', () => {
  it('turns the page into limit and offset', () => {
    expect(toApiQuery({ page: 1 })).toEqual({ limit: 20, offset: 0 });
    expect(toApiQuery({ page: 3, q: 'sfz', maxVisits: 1 })).toEqual({ limit: 20, offset: 40, q: 'sfz', maxVisits: 1 });
  });
});

describe('hasFilters', () => {
  it('ignores the words and the page', () => {
    expect(hasFilters({ q: 'x', page: 4 })).toBe(false);
    expect(hasFilters({ page: 1, maxVisits: 0 })).toBe(true);
  });
});
