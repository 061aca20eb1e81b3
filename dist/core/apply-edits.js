/**
 * Applies non-overlapping edits to a text; everything outside them stays byte-identical.
 * @param edits sorted by `range.start`, non-overlapping
 */
export function applyEdits(text, edits) {
    const parts = [];
    let at = 0;
    for (const edit of edits) {
        parts.push(text.slice(at, edit.range.start), edit.text);
        at = edit.range.end;
    }
    parts.push(text.slice(at));
    return parts.join('');
}
