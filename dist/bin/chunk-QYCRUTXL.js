import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

// src/core/keeping-list-starts.ts
var ORDERED_MARKER = /^\d{1,9}([.)]) {1,4}(?=\S)/;
var MARKER_REACH = 15;
function orderedMarker(text, item) {
  const found = ORDERED_MARKER.exec(text.slice(item, item + MARKER_REACH));
  return found === null ? void 0 : { start: item, end: item + found[0].length };
}
function keepingListStarts(text, ranges, markers) {
  if (markers.length === 0) return [...ranges];
  const result = [];
  for (const range of ranges) {
    const marker = markers.find((m) => m.start >= range.start && m.start < range.end && m.end <= range.end);
    const next = marker === void 0 ? null : ORDERED_MARKER.exec(text.slice(range.end, range.end + MARKER_REACH));
    const first = marker === void 0 ? null : ORDERED_MARKER.exec(text.slice(marker.start, marker.end + 1));
    const same = next !== null && first !== null && next[1] === first[1] && column(text, range.end) === column(text, marker.start);
    const keep = same ? Math.min(first[0].length, next[0].length) : 0;
    if (!same || keep <= first[0].trimEnd().length) {
      result.push(range);
      continue;
    }
    if (range.start < marker.start) result.push({ start: range.start, end: marker.start });
    result.push({ start: marker.start + keep, end: range.end + next[0].length });
  }
  return result;
}
function column(text, offset) {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

export {
  orderedMarker,
  keepingListStarts
};
