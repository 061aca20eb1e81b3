import type { Paint } from '../report/paint.js';
/**
 * Styles for one stream (see `paint`). chalk (about 10 ms to load) is imported on first use,
 * so a run that prints nothing styled, such as a filter, never loads it.
 * @param color the decision of `decideColor` for that stream
 */
export declare function loadPaint(color: boolean): Promise<Paint>;
