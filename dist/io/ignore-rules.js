import path from 'node:path';
/** Rules that ignore nothing (`--no-ignore`). */
export const NO_IGNORE = { ignores: () => false };
/**
 * Builds ignore rules from gitignore-style sources. Each source matches paths relative to its
 * own base, so absolute paths (what lint-staged passes) match just as relative ones do.
 */
export async function ignoreRules(sources) {
    if (sources.length === 0)
        return NO_IGNORE;
    // Loaded only when there are patterns: it costs a noticeable part of startup.
    const { default: ignore } = await import('ignore');
    const matchers = sources.map((source) => ({ base: source.base, matcher: ignore().add(source.patterns) }));
    return {
        ignores(absolute, isDirectory) {
            return matchers.some(({ base, matcher }) => {
                const relative = path.relative(base, absolute);
                if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
                    return false;
                const posix = relative.split(path.sep).join('/');
                return matcher.ignores(isDirectory ? `${posix}/` : posix);
            });
        },
    };
}
