import path from 'node:path';

/**
 * The path of `absolute` relative to `cwd`, with forward slashes: what reports, diffs and
 * JSON show, whatever form the user (or lint-staged, which passes absolute paths) typed.
 */
export function relativePath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

/** Whether `absolute` is `folder` or lies below it (a name that merely starts with `..` does). */
export function isWithin(folder: string, absolute: string): boolean {
  const relative = path.relative(folder, absolute);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
