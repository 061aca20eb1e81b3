import cliProgress from 'cli-progress';

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
export function progressBar(stream: NodeJS.WritableStream, total: number): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WriteStream,
      format: 'unecho {bar} {value}/{total} files',
      fps: 10,
      clearOnComplete: true,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    tick: () => bar.increment(),
    stop: () => bar.stop(),
  };
}
