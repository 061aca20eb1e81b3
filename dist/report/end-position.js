/**
 * Where a place's text ends: the 1-based line of its last character and the 1-based column
 * just after it (UTF-16 code units), as SARIF and GitHub annotations expect.
 */
export function endPosition(place) {
    const lines = place.text.split('\n');
    const last = lines[lines.length - 1] ?? '';
    return lines.length === 1
        ? { endLine: place.line, endColumn: place.column + last.length }
        : { endLine: place.line + lines.length - 1, endColumn: last.length + 1 };
}
