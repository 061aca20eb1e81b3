import path from 'node:path';
import { isWithin, relativePath } from '../../src/io/relative-path.js';

describe('relative paths', () => {
  const root = path.resolve('/srv/site');

  test('isWithin: the folder and what lies below it, not its neighbours or parents', () => {
    expect(isWithin(root, root)).toBe(true);
    expect(isWithin(root, path.join(root, 'posts', 'a.md'))).toBe(true);
    // A name that starts with two dots is still inside.
    expect(isWithin(root, path.join(root, '..draft.md'))).toBe(true);
    expect(isWithin(root, path.resolve('/srv/site-old/a.md'))).toBe(false);
    expect(isWithin(root, path.resolve('/srv/a.md'))).toBe(false);
    expect(isWithin(root, path.resolve('/srv'))).toBe(false);
  });

  test('relativePath: forward slashes, and the folder itself as "."', () => {
    expect(relativePath(root, path.join(root, 'posts', 'a.md'))).toBe('posts/a.md');
    expect(relativePath(root, root)).toBe('.');
  });
});
