/**
 * The outside world as the command line sees it. Everything that touches streams, the
 * environment or the file system arrives through an `Io`, so tests can pass fakes.
 * Paths given to `FileSystem` are absolute.
 */
export {};
