import { FirstByHash } from '../../src/core/first-by-hash.js';

describe('FirstByHash', () => {
  it('stores the first item per hash and returns it for later ones', () => {
    const table = new FirstByHash(4);
    expect(table.firstOrAdd(2 ** 52 + 7, 0)).toBe(-1);
    expect(table.firstOrAdd(12345, 1)).toBe(-1);
    expect(table.firstOrAdd(2 ** 52 + 7, 2)).toBe(0);
    expect(table.firstOrAdd(12345, 3)).toBe(1);
  });

  it('keeps hashes apart that share a slot (same low bits)', () => {
    const table = new FirstByHash(8);
    const hashes = [5, 5 + 2 ** 32, 5 + 2 ** 40, 5 + 2 ** 52, 5 + 2 ** 33];
    hashes.forEach((hash, item) => expect(table.firstOrAdd(hash, item)).toBe(-1));
    hashes.forEach((hash, item) => expect(table.firstOrAdd(hash, item + 10)).toBe(item));
  });

  it('holds as many hashes as it was sized for', () => {
    const table = new FirstByHash(1000);
    for (let item = 0; item < 1000; item++) expect(table.firstOrAdd(item * 7919 * 2 ** 20, item)).toBe(-1);
    for (let item = 0; item < 1000; item++) expect(table.firstOrAdd(item * 7919 * 2 ** 20, 0)).toBe(item);
  });
});
