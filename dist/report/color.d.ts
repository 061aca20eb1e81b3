/** What decides whether one stream gets colour. */
export interface ColorInputs {
    /** `--color` (true) or `--no-color` (false); undefined when neither was given. */
    readonly flag: boolean | undefined;
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly isTTY: boolean;
}
/**
 * Decides colour for one stream: the flag, then a valid `FORCE_COLOR` (0/false off; 1, 2, 3,
 * true or empty on), then a non-empty `NO_COLOR`, then `TERM=dumb`, then whether the stream is
 * a terminal. `FORCE_COLOR` beats `NO_COLOR` as Node documents; chalk alone ignores `NO_COLOR`.
 */
export declare function decideColor({ flag, env, isTTY }: ColorInputs): boolean;
