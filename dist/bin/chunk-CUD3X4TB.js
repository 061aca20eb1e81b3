import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  mergeRemovals,
  textHash
} from "./chunk-4QNSKDA7.js";
import {
  LineLocator,
  UTF16_UNITS,
  applyEdits,
  cleanExactBlocks,
  isExactOnly,
  mapPacked,
  resolveOptions
} from "./chunk-YPCK34LZ.js";
import {
  severityOf
} from "./chunk-AYPY727O.js";

// src/io/relative-path.ts
import path from "node:path";
function relativePath(cwd, absolute) {
  const relative = path.relative(cwd, absolute);
  return (relative === "" ? "." : relative).split(path.sep).join("/");
}
function isWithin(folder, absolute) {
  const relative = path.relative(folder, absolute);
  return relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

// src/core/orphaned-labels.ts
function withoutOrphanedLabels(text, blocks, result) {
  if (!result.changed) return result;
  const labels = orphanedLabels(text, blocks, result.edits, result.changes.map((change) => change.kept));
  if (labels.length === 0) return result;
  const edits = mergeRemovals(text, [...result.edits, ...labels]);
  const cleaned = applyEdits(text, edits);
  return { ...result, text: cleaned, edits, stats: { ...result.stats, removedChars: text.length - cleaned.length } };
}
function orphanedLabels(text, blocks, edits, kept) {
  const removed = edits.map((edit) => edit.range);
  const labels = [];
  for (const block of blocks) {
    const labelled = block.labelled;
    if (labelled === void 0 || labels.some((label) => label.range.start === labelled.label.start)) continue;
    if (!holdsAllBut(text, removed, labelled.list) || holdsAllBut(text, removed, labelled.label)) continue;
    const afterList = labelled.afterList;
    if (afterList !== void 0 && !labels.some((label) => label.range.end === afterList.start)) continue;
    if (kept.some((twin) => twin.start < labelled.label.end && twin.end > labelled.label.start)) continue;
    let start = labelled.label.start;
    while (start > 0 && (text[start - 1] === " " || text[start - 1] === "	")) start--;
    labels.push({ range: { start, end: labelled.list.start }, text: "" });
    const next = nextTextLine(text, labelled.list.end);
    if (next !== void 0) labels.push({ range: { start: labelled.list.end, end: next }, text: "" });
  }
  return labels;
}
function nextTextLine(text, at) {
  let line = text.indexOf("\n", at);
  while (line !== -1) {
    const next = text.indexOf("\n", line + 1);
    if (text.slice(line + 1, next === -1 ? text.length : next).trim() !== "") return line + 1;
    line = next;
  }
  return void 0;
}
function holdsAllBut(text, ranges, range) {
  let at = range.start;
  for (const held of ranges) {
    if (held.end <= at) continue;
    if (held.start > at && text.slice(at, Math.min(held.start, range.end)).trim() !== "") return false;
    at = Math.max(at, held.end);
    if (at >= range.end) return true;
  }
  return text.slice(at, range.end).trim() === "";
}

// src/core/settle.ts
var MAX_FURTHER_PASSES = 10;
function settle(text, blocks, first, parse, cleanAgain) {
  let result = first;
  let fixed = inertTexts(text, blocks);
  for (let pass = 0; pass < MAX_FURTHER_PASSES && fixed.size > 0 && result.changed; pass++) {
    const next = parse(result.text);
    if (!next.some((block) => block.inert !== true && fixed.has(contentOf(result.text, block)))) break;
    const again = cleanAgain(result.text, next);
    if (!again.changed) break;
    fixed = inertTexts(result.text, next);
    result = compose(text, result, again);
  }
  return withoutOrphanedLabels(text, blocks, result);
}
function contentOf(text, block) {
  return text.slice(block.content.start, block.content.end);
}
function inertTexts(text, blocks) {
  const texts = /* @__PURE__ */ new Set();
  for (const block of blocks) if (block.inert === true) texts.add(contentOf(text, block));
  return texts;
}
function compose(original, first, second) {
  const removals = first.edits;
  const toOriginal = (range) => ({ start: originalOffset(removals, range.start, "after"), end: originalOffset(removals, range.end, "before") });
  const locator = new LineLocator(original);
  const place = (at) => {
    const { start, end } = toOriginal(at);
    return { start, end, text: original.slice(start, end), ...locator.locate(start) };
  };
  const moved = mapPacked(second.changes, (change) => ({ ...change, removed: place(change.removed), kept: place(change.kept) }));
  const edits = mergeRemovals(original, [...removals, ...mapPacked(second.edits, (edit) => ({ range: toOriginal(edit.range), text: "" }))]);
  const stays = (change) => {
    const gone = moved.find((later) => later.removed.start <= change.kept.start && change.kept.start < later.removed.end);
    if (gone === void 0) return change;
    const kind = change.kind === "exact" && gone.kept.text !== change.removed.text ? "near" : change.kind;
    return { ...change, kind, kept: gone.kept };
  };
  return {
    text: second.text,
    changed: true,
    changes: [...mapPacked(first.changes, stays), ...moved].sort((a, b) => a.removed.start - b.removed.start),
    edits,
    stats: {
      blocks: first.stats.blocks,
      removedBlocks: first.stats.removedBlocks + second.stats.removedBlocks,
      removedSentences: first.stats.removedSentences + second.stats.removedSentences,
      removedChars: original.length - second.text.length
    }
  };
}
function originalOffset(removals, offset, side) {
  let shift = 0;
  for (const { range } of removals) {
    const at = range.start - shift;
    if (offset < at || offset === at && side === "before") break;
    shift += range.end - range.start;
  }
  return offset + shift;
}

// src/cli/choose-parser.ts
var MARKDOWN = /\.(md|markdown)$/i;
var MDX = /\.mdx$/i;
function chooseParser(setting, path4) {
  if (setting !== "auto") return setting;
  if (MDX.test(path4)) return "mdx";
  return MARKDOWN.test(path4) ? "markdown" : "text";
}

// src/core/parse-text.ts
var MAX_WRAP_WIDTH = 120;
function lineBreak(text, start) {
  const newline = text.indexOf("\n", start);
  return newline === -1 ? text.length : newline;
}
var contentEnd = (text, start, breakAt) => breakAt > start && text.charCodeAt(breakAt - 1) === 13 ? breakAt - 1 : breakAt;
function widestLine(text, from, units) {
  let widest = 0;
  for (let start = from; start < text.length && widest <= MAX_WRAP_WIDTH; ) {
    const end = lineBreak(text, start);
    widest = Math.max(widest, units.width(text, start, contentEnd(text, start, end)));
    start = end + 1;
  }
  return widest;
}
var Spans = class {
  contentStart = [];
  contentEnd = [];
  linesStart = [];
  linesEnd = [];
  add(contentStart, contentEnd2, linesStart, linesEnd) {
    this.contentStart.push(contentStart);
    this.contentEnd.push(contentEnd2);
    this.linesStart.push(linesStart);
    this.linesEnd.push(linesEnd);
  }
};
var Run = class {
  constructor(spans, canWrap, minWrapped) {
    this.spans = spans;
    this.canWrap = canWrap;
    this.minWrapped = minWrapped;
  }
  spans;
  canWrap;
  minWrapped;
  // Reused from run to run: `count` says how many entries are this run's.
  starts = [];
  /** Line widths, UTF-16 units. */
  widths = [];
  nexts = [];
  contentStarts = [];
  contentEnds = [];
  count = 0;
  /** Whether every line so far but the last is long enough to be wrapped. */
  wrapped = true;
  /** @param width the line's width in UTF-16 units (only read when the text can wrap) */
  add(start, width, next, contentStart, contentEnd2) {
    if (!this.canWrap) {
      this.spans.add(contentStart, contentEnd2, start, next);
      return;
    }
    const at = this.count++;
    if (at > 0 && this.widths[at - 1] < this.minWrapped) this.wrapped = false;
    this.starts[at] = start;
    this.widths[at] = width;
    this.nexts[at] = next;
    this.contentStarts[at] = contentStart;
    this.contentEnds[at] = contentEnd2;
  }
  flush() {
    const count = this.count;
    if (count >= 2 && this.canWrap && this.wrapped) {
      this.spans.add(this.contentStarts[0], this.contentEnds[count - 1], this.starts[0], this.nexts[count - 1]);
    } else {
      for (let i = 0; i < count; i++) this.spans.add(this.contentStarts[i], this.contentEnds[i], this.starts[i], this.nexts[i]);
    }
    this.count = 0;
    this.wrapped = true;
  }
};
function findSpans(text, from, units) {
  const wrapWidth = widestLine(text, from, units);
  const spans = new Spans();
  const run = new Run(spans, wrapWidth <= MAX_WRAP_WIDTH, Math.max(30, 0.6 * wrapWidth));
  for (let start = from; start < text.length; ) {
    const lineEnd = lineBreak(text, start);
    const end = contentEnd(text, start, lineEnd);
    const next = Math.min(lineEnd + 1, text.length);
    let first = start;
    for (let space = 0; first < end && (space = units.spaceAt(text, first)) > 0; ) first += space;
    if (first === end) run.flush();
    else {
      let last = end;
      for (let space = 0; (space = units.spaceBefore(text, last)) > 0; ) last -= space;
      run.add(start, run.canWrap ? units.width(text, start, end) : 0, next, first, last);
    }
    start = next;
  }
  run.flush();
  return spans;
}
function parseText(text) {
  return parseTextIn(text, UTF16_UNITS);
}
function parseTextIn(text, units) {
  const columns = parseTextColumns(text, units);
  const blocks = [];
  for (let index = 0; index < columns.count; index++) {
    blocks.push({
      index,
      kind: "paragraph",
      content: { start: columns.contentStart[index], end: columns.contentEnd[index] },
      removal: { start: columns.removalStart[index], end: columns.removalEnd[index] }
    });
  }
  return blocks;
}
function parseTextColumns(text, units) {
  const spans = findSpans(text, units.bomLength(text), units);
  const { contentStart, contentEnd: contentEnd2, linesStart, linesEnd } = spans;
  const ignored = ignoredRegions(text, units.ignoreMarker);
  const columns = { count: 0, contentStart: new Int32Array(linesStart.length), contentEnd: new Int32Array(linesStart.length), removalStart: new Int32Array(linesStart.length), removalEnd: new Int32Array(linesStart.length) };
  let region = 0;
  for (let i = 0; i < linesStart.length; i++) {
    while (region < ignored.length && ignored[region].end <= linesStart[i]) region++;
    if (region < ignored.length && ignored[region].start < linesEnd[i]) continue;
    const at = columns.count++;
    columns.contentStart[at] = contentStart[i];
    columns.contentEnd[at] = contentEnd2[i];
    columns.removalStart[at] = linesStart[i];
    columns.removalEnd[at] = removalEnd(text, spans, i);
  }
  return columns;
}
function ignoredRegions(text, markers) {
  if (!text.includes("<!--")) return [];
  const regions = [];
  let open;
  for (const marker of text.matchAll(markers)) {
    const at = marker.index;
    if (marker[1] === void 0) open ??= at;
    else if (open !== void 0) {
      regions.push({ start: open, end: at + marker[0].length });
      open = void 0;
    }
  }
  if (open !== void 0) regions.push({ start: open, end: text.length });
  return regions;
}
function removalEnd(text, spans, index) {
  if (index + 1 < spans.linesStart.length) return spans.linesStart[index + 1];
  const end = spans.linesEnd[index];
  return end - lineBreakLength(text, end);
}
function lineBreakLength(text, end) {
  if (text[end - 1] !== "\n") return 0;
  return text[end - 2] === "\r" ? 2 : 1;
}

// src/cli/load-block-parser.ts
var markdownModules;
var mdxModule;
async function loadBlockParser(parser) {
  if (parser === "text") return parseText;
  markdownModules ??= import("./parse-markdown-with-TYNWJPP3.js").then(async (parse) => [parse, await import("./markdown-syntax-LJ7WI67H.js")]);
  const [{ parseMarkdownWith }, { MARKDOWN_SYNTAX }] = await markdownModules;
  if (parser === "markdown") return (text) => parseMarkdownWith(text, MARKDOWN_SYNTAX).blocks;
  mdxModule ??= import("./mdx-syntax-3SMFBOPG.js");
  const { MDX_SYNTAX } = await mdxModule;
  return (text) => parseMarkdownWith(text, MDX_SYNTAX).blocks;
}

// src/cli/load-engine.ts
var fullEngine;
async function loadEngine(options) {
  if (isExactOnly(resolveOptions(options))) return cleanExactBlocks;
  fullEngine ??= import("./clean-blocks-5FD5ZYUQ.js");
  return (await fullEngine).cleanBlocks;
}

// src/cli/clean-record.ts
var BOM = "\uFEFF";
var resolvedOptions = /* @__PURE__ */ new WeakMap();
function engineOptions(settings, parser) {
  let byParser = resolvedOptions.get(settings);
  if (!byParser) resolvedOptions.set(settings, byParser = /* @__PURE__ */ new Map());
  let options = byParser.get(parser);
  if (!options) {
    options = resolveOptions({ unit: settings.unit, threshold: settings.threshold, minLength: settings.minLength, locale: settings.locale, parser });
    byParser.set(parser, options);
  }
  return options;
}
async function cleanRecord(record, settings, request = {}) {
  const parser = chooseParser(settings.parser, record.path);
  const parse = await loadBlockParser(parser);
  const blocks = parse(record.text);
  const options = engineOptions(settings, parser);
  let result;
  let text;
  let summary;
  if (request.summary !== void 0 || (request.boilerplate?.length ?? 0) > 0) {
    const { cleanWithRequest } = await import("./clean-with-request-GPCOHCJC.js");
    ({ result, text, summary } = cleanWithRequest(record.text, blocks, options, request));
  } else {
    result = (await loadEngine(options))(record.text, blocks, options);
    text = result.text;
  }
  if (result !== void 0) {
    const engine = await loadEngine(options);
    result = settle(record.text, blocks, result, parse, (again, againBlocks) => engine(again, againBlocks, options));
    text = result.text;
  }
  const prefix = record.bom ? BOM : "";
  const changed = text !== record.text;
  const hash = request.summary === "alone" ? { textHash: textHash(record.text, 0, record.text.length) } : {};
  return { changes: result?.changes ?? [], before: prefix + record.text, after: prefix + text, changed, ...summary ? { summary } : {}, ...hash };
}

// src/cli/process-file.ts
import path3 from "node:path";

// src/io/decode-text.ts
import { isUtf8 } from "node:buffer";
var BINARY_SNIFF_BYTES = 8192;
function unicodeBom(bytes) {
  const [a, b, c, d] = bytes;
  if (a === 255 && b === 254 && c === 0 && d === 0) return "UTF-32LE";
  if (a === 0 && b === 0 && c === 254 && d === 255) return "UTF-32BE";
  if (a === 255 && b === 254) return "UTF-16LE";
  if (a === 254 && b === 255) return "UTF-16BE";
  return void 0;
}
function refusal(bytes) {
  const encoding = unicodeBom(bytes);
  if (encoding !== void 0) return { ok: false, reason: "unsupported-encoding", encoding };
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { ok: false, reason: "binary" };
  return void 0;
}
var bomLength = (bytes) => bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
function acceptsText(bytes) {
  return refusal(bytes) === void 0 && isUtf8(bytes);
}
function decodeText(bytes) {
  const refused = refusal(bytes);
  if (refused !== void 0) return refused;
  const bom = bomLength(bytes) > 0;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, bom };
  } catch {
    return { ok: false, reason: "invalid-utf8" };
  }
}

// src/io/errno.ts
function errnoOf(error) {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    return error.code;
  }
  return "EIO";
}

// src/io/read-input.ts
function decodeProblem(path4, bytes) {
  const decoded = decodeText(bytes);
  if (decoded.ok) return decoded;
  if (decoded.reason === "binary") return { ok: false, problem: { code: "BINARY_FILE", path: path4 } };
  if (decoded.reason === "invalid-utf8") return { ok: false, problem: { code: "INVALID_UTF8", path: path4 } };
  if (decoded.reason !== "unsupported-encoding") throw new Error("unknown decode failure");
  return { ok: false, problem: { code: "UNSUPPORTED_ENCODING", path: path4, encoding: decoded.encoding } };
}
async function readInput(fs, path4, absolute, limits) {
  try {
    let target = absolute;
    const link = await fs.lstat(absolute);
    if (link.isSymbolicLink) {
      if (!limits.followSymlinks) return { ok: false, problem: { code: "SYMLINK_SKIPPED", path: path4 } };
      target = await fs.realPath(absolute);
    }
    const stat = link.isSymbolicLink ? await fs.stat(target) : link;
    if (!stat.isFile) return { ok: false, problem: { code: "NOT_A_FILE", path: path4 } };
    if (limits.maxFileSize > 0 && stat.size > limits.maxFileSize) {
      return { ok: false, problem: { code: "FILE_TOO_LARGE", path: path4, size: stat.size, limit: limits.maxFileSize } };
    }
    const bytes = await fs.readFile(target);
    const decoded = decodeProblem(path4, bytes);
    if (!("text" in decoded)) return decoded;
    return { ok: true, record: { path: path4, absolute: target, text: decoded.text, bom: decoded.bom, mode: stat.mode & 4095, hardLinks: stat.nlink, owner: { uid: stat.uid, gid: stat.gid } } };
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === "ENOENT") return { ok: false, problem: { code: "FILE_VANISHED", path: path4 } };
    return { ok: false, problem: { code: "UNREADABLE_FILE", path: path4, errno } };
  }
}
function stdinRecord(path4, bytes) {
  const decoded = decodeProblem(path4, bytes);
  if (!("text" in decoded)) return decoded;
  return { ok: true, record: { path: path4, absolute: void 0, text: decoded.text, bom: decoded.bom, mode: 420, hardLinks: 1 } };
}

// src/io/write-atomic.ts
import path2 from "node:path";
import { threadId } from "node:worker_threads";
var counter = 0;
async function writeAtomic(fs, target, data, mode, hardLinks = 1, owner) {
  if (hardLinks > 1) return overwrite(fs, target, data);
  counter += 1;
  const temp = path2.join(path2.dirname(target), `.${path2.basename(target)}.unecho-${process.pid}-${threadId}-${counter}.tmp`);
  try {
    await fs.createFile(temp, data, mode);
    if (owner !== void 0 && !isOurs(owner)) {
      const given = await fs.chown(temp, owner.uid, owner.gid).then(() => true, () => false);
      if (!given) {
        await fs.remove(temp);
        return await overwrite(fs, target, data);
      }
    }
    await fs.chmod(temp, mode);
    await fs.rename(temp, target);
    return { ok: true };
  } catch (error) {
    await fs.remove(temp).catch(() => void 0);
    return { ok: false, errno: errnoOf(error) };
  }
}
async function overwrite(fs, target, data) {
  try {
    await fs.overwriteFile(target, data);
    return { ok: true };
  } catch (error) {
    return { ok: false, errno: errnoOf(error) };
  }
}
function isOurs(owner) {
  if (process.getuid === void 0 || process.getgid === void 0) return true;
  return owner.uid === process.getuid() && owner.gid === process.getgid();
}

// src/cli/process-file.ts
var OWNER_WRITE = 128;
function textsFor(ctx, cleaned) {
  return ctx.mode === "diff" || ctx.mode === "filter" ? { before: cleaned.before, after: cleaned.after } : {};
}
function failed(path4, problem, cleaned) {
  return { path: path4, status: severityOf(problem) === "warning" ? "skipped" : "error", changes: cleaned?.changes ?? [], problem };
}
async function writeBack(ctx, record, cleaned) {
  const target = record.absolute;
  if (target === void 0) throw new Error("stdin cannot be written back");
  if ((record.mode & OWNER_WRITE) === 0) return failed(record.path, { code: "READ_ONLY_FILE", path: record.path }, cleaned);
  const written = await writeAtomic(ctx.io.fs, target, new TextEncoder().encode(cleaned.after), record.mode, record.hardLinks, record.owner);
  if (!written.ok) return failed(record.path, { code: "UNWRITABLE_FILE", path: record.path, errno: written.errno }, cleaned);
  return { path: record.path, status: "changed", changes: cleaned.changes, ...textsFor(ctx, cleaned) };
}
var madeDirs = /* @__PURE__ */ new WeakMap();
async function makeDirOnce(ctx, dir) {
  let made = madeDirs.get(ctx);
  if (!made) madeDirs.set(ctx, made = /* @__PURE__ */ new Set());
  if (made.has(dir)) return void 0;
  try {
    await ctx.io.fs.makeDir(dir);
    made.add(dir);
    return void 0;
  } catch (error) {
    return errnoOf(error);
  }
}
async function writeCopy(ctx, outDir, record, cleaned) {
  if (record.path.startsWith("../") || path3.isAbsolute(record.path)) {
    return failed(record.path, { code: "OUTSIDE_WORKING_DIRECTORY", path: record.path }, cleaned);
  }
  const target = path3.join(outDir, ...record.path.split("/"));
  const unmade = await makeDirOnce(ctx, path3.dirname(target));
  const written = unmade === void 0 ? await writeAtomic(ctx.io.fs, target, new TextEncoder().encode(cleaned.after), record.mode) : { ok: false, errno: unmade };
  if (!written.ok) return failed(record.path, { code: "UNWRITABLE_COPY", path: record.path, copy: relativePath(ctx.io.cwd, target), errno: written.errno }, cleaned);
  return { path: record.path, status: cleaned.changed ? "changed" : "unchanged", changes: cleaned.changes, ...textsFor(ctx, cleaned) };
}
async function processRecord(ctx, read, path4) {
  if (!read.ok) return failed(path4, read.problem);
  return finishRecord(ctx, read.record, await cleanRecord(read.record, ctx.settings));
}
async function finishRecord(ctx, record, cleaned) {
  if (ctx.mode === "out-dir" && ctx.outDir !== void 0) return writeCopy(ctx, ctx.outDir, record, cleaned);
  if (!cleaned.changed) return { path: record.path, status: "unchanged", changes: [], ...textsFor(ctx, cleaned) };
  if (ctx.mode === "write") return writeBack(ctx, record, cleaned);
  return { path: record.path, status: "would-change", changes: cleaned.changes, ...textsFor(ctx, cleaned) };
}
function readFile(ctx, file) {
  return readInput(ctx.io.fs, file.path, file.absolute, {
    maxFileSize: ctx.settings.maxFileSize,
    followSymlinks: ctx.settings.followSymlinks
  });
}
async function processFile(ctx, file) {
  return processRecord(ctx, await readFile(ctx, file), file.path);
}

export {
  errnoOf,
  relativePath,
  isWithin,
  bomLength,
  acceptsText,
  stdinRecord,
  chooseParser,
  parseTextColumns,
  engineOptions,
  cleanRecord,
  processRecord,
  finishRecord,
  readFile,
  processFile
};
