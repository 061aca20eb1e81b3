import { decideColor } from '../../src/report/color.js';

describe('decideColor', () => {
  test.each([
    { name: 'a TTY gets colour', flag: undefined, env: {}, isTTY: true, expected: true },
    { name: 'a pipe does not', flag: undefined, env: {}, isTTY: false, expected: false },
    { name: '--color beats NO_COLOR and a pipe', flag: true, env: { NO_COLOR: '1' }, isTTY: false, expected: true },
    { name: '--no-color beats FORCE_COLOR', flag: false, env: { FORCE_COLOR: '3' }, isTTY: true, expected: false },
    { name: 'FORCE_COLOR=1 beats NO_COLOR (Node order)', flag: undefined, env: { FORCE_COLOR: '1', NO_COLOR: '1' }, isTTY: false, expected: true },
    { name: 'FORCE_COLOR empty means on', flag: undefined, env: { FORCE_COLOR: '' }, isTTY: false, expected: true },
    { name: 'FORCE_COLOR=true (lint-staged) means on', flag: undefined, env: { FORCE_COLOR: 'true' }, isTTY: false, expected: true },
    { name: 'FORCE_COLOR=0 turns it off on a TTY', flag: undefined, env: { FORCE_COLOR: '0' }, isTTY: true, expected: false },
    { name: 'an invalid FORCE_COLOR is ignored', flag: undefined, env: { FORCE_COLOR: 'maybe' }, isTTY: true, expected: true },
    { name: 'NO_COLOR turns it off on a TTY', flag: undefined, env: { NO_COLOR: '1' }, isTTY: true, expected: false },
    { name: 'an empty NO_COLOR does nothing', flag: undefined, env: { NO_COLOR: '' }, isTTY: true, expected: true },
    { name: 'TERM=dumb turns it off', flag: undefined, env: { TERM: 'dumb' }, isTTY: true, expected: false },
  ])('$name', ({ flag, env, isTTY, expected }) => {
    expect(decideColor({ flag, env, isTTY })).toBe(expected);
  });
});
