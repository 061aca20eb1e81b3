/** unecho's version, from its package.json (read once). */
export declare function version(): string;
