import { readFileSync } from 'node:fs';
let cached;
/** unecho's version, from its package.json (read once). */
export function version() {
    if (cached === undefined) {
        const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
        cached = pkg.version;
    }
    return cached;
}
