/**
 * Decides colour for one stream: the flag, then a valid `FORCE_COLOR` (0/false off; 1, 2, 3,
 * true or empty on), then a non-empty `NO_COLOR`, then `TERM=dumb`, then whether the stream is
 * a terminal. `FORCE_COLOR` beats `NO_COLOR` as Node documents; chalk alone ignores `NO_COLOR`.
 */
export function decideColor({ flag, env, isTTY }) {
    if (flag !== undefined)
        return flag;
    const force = env['FORCE_COLOR'];
    if (force !== undefined) {
        if (force === '0' || force === 'false')
            return false;
        if (['', '1', '2', '3', 'true'].includes(force))
            return true;
    }
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return false;
    if (env['TERM'] === 'dumb')
        return false;
    return isTTY;
}
