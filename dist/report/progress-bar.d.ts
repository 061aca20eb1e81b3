/** A progress display for a run over many files. */
export interface Progress {
    /** Counts one more file done. */
    tick(): void;
    /** Removes the bar from the terminal. */
    stop(): void;
}
/**
 * A progress bar on a terminal stream (stderr), redrawn at most 10 times a second and cleared
 * when stopped so that nothing of it stays in the output.
 * @param total how many files the run will process
 */
export declare function progressBar(stream: NodeJS.WritableStream, total: number): Progress;
