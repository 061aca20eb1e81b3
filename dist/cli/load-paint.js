/**
 * Styles for one stream (see `paint`). chalk (about 10 ms to load) is imported on first use,
 * so a run that prints nothing styled, such as a filter, never loads it.
 * @param color the decision of `decideColor` for that stream
 */
export async function loadPaint(color) {
    const { paint } = await import('../report/paint.js');
    return paint(color);
}
