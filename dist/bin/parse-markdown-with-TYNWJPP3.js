import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  SENTENCE_END,
  isAttribution
} from "./chunk-63U2FMRZ.js";
import {
  orderedMarker
} from "./chunk-QYCRUTXL.js";
import "./chunk-3OOOJW5O.js";

// src/core/markdown-content.ts
var MARKUP_LINE = /^[ \t]*(?:\[![A-Za-z]+\]|:::.*|\{\{[<%][^]*[>%]\}\}|\{%[^]*%\})[ \t]*$/;
var PROSE = /[\p{L}\p{N}]/u;
var CLOSING_LINE = /^[ \t]*(?:\{\{[<%]-?\s*\/|\{%-?\s*end|:::[ \t]*$)/;
function isClosingMarkup(node, text) {
  if (node?.type !== "paragraph") return false;
  const lines = text.slice(node.start, node.end).split(/\r?\n/).map(stripPrefix);
  return lines.every((line) => MARKUP_LINE.test(line) && CLOSING_LINE.test(line));
}
var LINE_PREFIX = /^[ \t>]*/;
function markdownContent(paragraph, text) {
  let start = paragraph.start;
  let end = paragraph.end;
  for (; ; ) {
    const newline = text.indexOf("\n", start);
    if (newline === -1 || newline >= end || !MARKUP_LINE.test(text.slice(start, lineEnd(text, newline)))) break;
    const next = newline + 1;
    start = next + (LINE_PREFIX.exec(text.slice(next, end))?.[0].length ?? 0);
  }
  for (; ; ) {
    const newline = text.lastIndexOf("\n", end - 1);
    if (newline < start || !MARKUP_LINE.test(stripPrefix(text.slice(newline + 1, end)))) break;
    end = lineEnd(text, newline);
  }
  if (start >= end || MARKUP_LINE.test(text.slice(start, end))) return void 0;
  return hasProse(paragraph, start, end) ? { start, end } : void 0;
}
function lineEnd(text, newline) {
  return text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
}
function stripPrefix(line) {
  return line.slice(LINE_PREFIX.exec(line)?.[0].length ?? 0);
}
function hasProse(node, start, end) {
  if (node.end <= start || node.start >= end) return false;
  if (node.type === "text") return PROSE.test(node.value ?? "");
  return node.children.some((child) => hasProse(child, start, end));
}
var LABELLED = /* @__PURE__ */ new Set(["code", "table", "list", "html", "math"]);
var DEFINITION_LINE = /\n[ \t>]*:[ \t]/;
function structuralRole(paragraph, next, text) {
  const source = text.slice(paragraph.start, paragraph.end);
  if (DEFINITION_LINE.test(source)) return "definition";
  if (!next || !LABELLED.has(next.type)) return void 0;
  const trimmed = source.trimEnd();
  return trimmed.endsWith(":") || !SENTENCE_END.test(trimmed) ? "label" : void 0;
}

// src/core/markdown-ignore.ts
var HTML_MARKER = /<!--\s*unecho-ignore(-end)?\s*-->/g;
var MDX_MARKER = /^\s*\/\*\s*unecho-ignore(-end)?\s*\*\/\s*$/;
var SHORTCODE = /\{\{([<%])\s*(\/?)\s*([A-Za-z][\w.-]*)[^]*?(\/?)\s*[>%]\}\}/g;
function markdownIgnoreRegions(root, text) {
  const markers = [];
  const shortcodes = [];
  const visit = (node) => {
    if (node.type === "html" && node.value !== void 0) {
      for (const match of node.value.matchAll(HTML_MARKER)) {
        const end = match[1] !== void 0;
        markers.push({ at: node.start + (match.index ?? 0), end, edge: end ? node.start : node.end });
      }
    } else if ((node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") && node.value !== void 0) {
      const match = MDX_MARKER.exec(node.value);
      if (match) markers.push({ at: node.start, end: match[1] !== void 0, edge: match[1] !== void 0 ? node.start : node.end });
    } else if (node.type === "paragraph") {
      for (const match of text.slice(node.start, node.end).matchAll(SHORTCODE)) {
        if (match[1] !== "<" || match[4] === "/") continue;
        shortcodes.push({ at: node.start + (match.index ?? 0), close: match[2] === "/", name: match[3] ?? "", from: node.start, to: node.end });
      }
    }
    node.children.forEach(visit);
  };
  visit(root);
  return [...commentRegions(markers, text.length), ...shortcodeRegions(shortcodes)].sort((a, b) => a.start - b.start);
}
function commentRegions(markers, length) {
  const regions = [];
  let open;
  for (const marker of [...markers].sort((a, b) => a.at - b.at)) {
    if (!marker.end && open === void 0) open = marker.edge;
    else if (marker.end && open !== void 0) {
      regions.push({ start: open, end: Math.max(open, marker.edge) });
      open = void 0;
    }
  }
  if (open !== void 0) regions.push({ start: open, end: length });
  return regions;
}
function shortcodeRegions(tags) {
  const regions = [];
  const open = [];
  for (const tag of tags) {
    if (!tag.close) {
      open.push({ name: tag.name, from: tag.from });
      continue;
    }
    const index = open.map((o) => o.name).lastIndexOf(tag.name);
    if (index === -1) continue;
    const opener = open[index];
    open.length = index;
    if (opener) regions.push({ start: opener.from, end: tag.to });
  }
  return regions;
}

// src/core/html-wrapper-removal.ts
var VOID = /* @__PURE__ */ new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
var OPENING_TAG = /<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?(?<!\/)>\s*/y;
var CLOSING_TAG = /<\/([A-Za-z][A-Za-z0-9-]*)\s*>\s*/y;
var SUMMARY_LINE = /^<summary(?:\s[^<>]*)?>.*<\/summary>$/i;
function htmlWrapperRemoval(siblings, node, text) {
  const at = siblings.indexOf(node);
  const closing = siblings[at + 1];
  if (closing?.type !== "html") return void 0;
  let first = at;
  while (first > 0 && siblings[first - 1].type === "html") first -= 1;
  if (first === at) return void 0;
  const opening = siblings.slice(first, at).flatMap((html) => linesOf(html, text));
  const closers = linesOf(closing, text);
  const match = regionLines(opening, closers);
  if (match === void 0) return void 0;
  const [open, close] = match;
  const tail = closers[close];
  if (open > 0) {
    return tail ? { start: opening[open].start, end: tail.start } : { start: opening[open - 1].end, end: closers[close - 1].end };
  }
  const before = siblings[first - 1];
  const start = opening[0].start;
  if (before && !/\n[ \t]*\r?\n/.test(text.slice(before.end, start))) return void 0;
  if (tail) return { start, end: tail.start };
  const after = siblings[at + 2];
  const next = after === void 0 ? void 0 : text.lastIndexOf("\n", after.start - 1) + 1;
  if (before && after && joins(before, after, next, text)) return void 0;
  if (next !== void 0) return { start, end: next };
  return { start: before ? before.end : start, end: closing.end };
}
function joins(before, after, next, text) {
  const indented = /[ \t]/.test(text.charAt(next));
  if (before.type === "list") return indented || after.type === "list";
  return indented && before.type === "code" && !/^[`~]/.test(text.charAt(before.start));
}
function regionLines(opening, closers) {
  let from = opening.length;
  while (from > 0 && openedBy(opening[from - 1].source) !== void 0) from -= 1;
  for (let open = from; open < opening.length; open += 1) {
    const stack = openStack(opening.slice(open));
    if (stack === void 0 || stack.length === 0) continue;
    const close = closeStack(stack, closers);
    if (close !== void 0) return [open, close];
  }
  return void 0;
}
function openStack(lines) {
  const stack = [];
  for (const line of lines) {
    const names = openedBy(line.source);
    if (names.length === 0 && stack[stack.length - 1] !== "details") return void 0;
    stack.push(...names);
  }
  return stack;
}
function closeStack(stack, closers) {
  const open = [...stack];
  for (let i = 0; i < closers.length; i += 1) {
    const names = closedBy(closers[i].source);
    if (names === void 0) return void 0;
    for (const name of names) {
      if (open.pop() !== name) return void 0;
    }
    if (open.length === 0) return i + 1;
  }
  return void 0;
}
function openedBy(source) {
  if (SUMMARY_LINE.test(source)) return [];
  const names = tagsOf(source, OPENING_TAG);
  return names?.some((name) => VOID.has(name)) ? void 0 : names;
}
function closedBy(source) {
  return tagsOf(source, CLOSING_TAG);
}
function tagsOf(source, tag) {
  const names = [];
  tag.lastIndex = 0;
  while (tag.lastIndex < source.length) {
    const found = tag.exec(source);
    if (found === null) return void 0;
    names.push(found[1].toLowerCase());
  }
  return names.length > 0 ? names : void 0;
}
function linesOf(node, text) {
  const lines = [];
  let start = text.lastIndexOf("\n", node.start - 1) + 1;
  while (start < node.end) {
    const newline = text.indexOf("\n", start);
    const stop = newline === -1 || newline > node.end ? node.end : newline;
    const end = text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    const source = text.slice(start, end).trim();
    if (source !== "") lines.push({ start, end, source });
    start = stop + 1;
  }
  return lines;
}

// src/core/markdown-removal.ts
var COLLAPSIBLE = /* @__PURE__ */ new Set(["listItem", "list", "blockquote"]);
var HTML_INTERRUPTS = /^[ \t]*<(?:!--|\?|![A-Za-z]|!\[CDATA\[|\/?(?:script|pre|style|textarea|address|article|aside|blockquote|body|details|dialog|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:[\s/>]|$))/i;
var CLOSED = /* @__PURE__ */ new Set(["heading", "thematicBreak", "yaml", "toml", "html", "math"]);
function removalUnit(paragraph, ancestors, text) {
  let node = paragraph;
  let depth = ancestors.length - 1;
  for (; ; ) {
    const parent = ancestors[depth];
    if (!parent) throw new Error("removalUnit: a paragraph needs its ancestors");
    const grand = ancestors[depth - 1];
    if (grand === void 0 || !COLLAPSIBLE.has(parent.type) || !(parent.children.length === 1 || isAttributed(node, parent, text))) return { node, parent };
    node = parent;
    depth -= 1;
  }
}
function isAttributed(node, parent, text) {
  const [first, second] = parent.children;
  if (parent.type !== "blockquote" || parent.children.length !== 2 || first !== node || node.type !== "paragraph") return false;
  if (second?.type !== "paragraph") return false;
  const source = text.slice(second.start, second.end);
  return isAttribution(source, source.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
}
function removalRange(unit, text) {
  const siblings = unit.parent.children;
  const index = siblings.indexOf(unit.node);
  const next = siblings[index + 1];
  const previous = siblings[index - 1];
  if (previous && isTuckedUnder(unit.parent, index, text)) return { start: previous.end, end: unit.node.end };
  if (next) {
    const start = ownStart(unit.node, unit.parent, text);
    const end = ownStart(next, unit.parent, text);
    return start === void 0 || end === void 0 || end < start ? void 0 : { start, end };
  }
  if (previous) return { start: previous.end, end: unit.node.end };
  return { start: unit.node.start, end: unit.node.end };
}
function follows(previous, node, text) {
  return !endsClosed(previous, text) && !hasBlankLine(text.slice(previous.end, node.start));
}
function isTuckedUnder(parent, index, text) {
  const siblings = parent.children;
  const [previous, node, next] = [siblings[index - 1], siblings[index], siblings[index + 1]];
  if (!previous || parent.type === "list" || !follows(previous, node, text)) return false;
  return next ? hasBlankLine(text.slice(node.end, next.start)) : parent.type === "root";
}
function ownStart(child, parent, text) {
  const line = lineStart(text, child.start);
  switch (parent.type) {
    case "root":
      return line;
    case "list": {
      const first = parent.children[0];
      return first && column(text, first.start) === column(text, child.start) ? child.start : void 0;
    }
    case "listItem": {
      const marker = /^(?:\d{1,9}[.)]|[-*+])/.exec(text.slice(parent.start, parent.start + 10))?.[0].length ?? 0;
      const spaces = /^ */.exec(text.slice(parent.start + marker, parent.start + marker + 6))?.[0].length ?? 0;
      const after = text.charAt(parent.start + marker + spaces);
      const width = marker + (spaces >= 1 && spaces <= 4 && after !== "\n" && after !== "\r" && after !== "" ? spaces : 1);
      if (line === lineStart(text, parent.start)) return Math.max(child.start, parent.start + width);
      const at = line + column(text, parent.start) - 1 + width;
      return /^[ >]*$/.test(text.slice(line, at)) && !text.slice(line, at).includes("\n") ? at : void 0;
    }
    case "blockquote": {
      const at = line + column(text, parent.start) - 1;
      if (text.charAt(at) !== ">") return void 0;
      return at + (text.charAt(at + 1) === " " ? 2 : 1);
    }
    default:
      return void 0;
  }
}
function lineStart(text, offset) {
  const newline = text.lastIndexOf("\n", offset - 1);
  if (newline !== -1) return newline + 1;
  return text.charCodeAt(0) === 65279 ? 1 : 0;
}
function column(text, offset) {
  return offset - lineStart(text, offset) + 1;
}
function unsafeUnits(units, root, text) {
  const result = /* @__PURE__ */ new Set();
  const containers = [];
  const removable = /* @__PURE__ */ new Set();
  const collect = (node) => {
    if (units.has(node)) removable.add(node);
    if (node.type !== "root" && !COLLAPSIBLE.has(node.type)) return removable.has(node);
    containers.push(node);
    for (const child of node.children) PARENT.set(child, node);
    const all = node.children.map(collect).every(Boolean);
    if (all && node.children.length > 0 && node.type !== "root") removable.add(node);
    return removable.has(node);
  };
  collect(root);
  const unsafe = {
    add(node) {
      for (let at = node; at; at = at.children[0]) {
        if (units.has(at)) {
          result.add(at);
          return;
        }
        if (!removable.has(at)) return;
      }
    }
  };
  for (const parent of containers) {
    const children = parent.children;
    if (parent.type === "list") continue;
    let i = 0;
    while (i < children.length) {
      if (!removable.has(children[i])) {
        i += 1;
        continue;
      }
      let j = i;
      while (j + 1 < children.length && removable.has(children[j + 1])) j += 1;
      const run = children.slice(Math.max(0, i - 1), j + 2);
      markRun(run, removable, units, unsafe, text);
      i = j + 1;
    }
    const first = children[0];
    if (parent.type === "listItem" && first) {
      const keptAt = children.findIndex((c) => !removable.has(c));
      const movers = children.slice(1, keptAt === -1 ? children.length : keptAt + 1);
      const partial = (c) => removable.has(c) && !units.has(c);
      const risky = (c) => c.type === "thematicBreak" || c.type === "code" && !isFenced(c, text) || hasOwnIndent(c, parent, text) || partial(c);
      const task = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/.test(text.slice(parent.start, parent.start + 16));
      if (keptAt === -1 || partial(first) || movers.some(risky) || task && children.length > 1) unsafe.add(first);
    }
    children.forEach((child, i2) => {
      if (!interrupts(children[i2 - 1], child, text)) return;
      const previous = children[i2 - 1];
      if (removable.has(previous) && startsSensitive(child, text)) unsafe.add(previous);
      markAfterInterruption(children, i2, removable, unsafe, text);
    });
    const head = children[0];
    if (head && removable.has(head) && parent.type !== "root" && isInterrupted(parent, text)) {
      const keptAt = children.findIndex((c) => !removable.has(c));
      const movers = children.slice(1, keptAt === -1 ? children.length : keptAt + 1);
      if (movers.some((c) => startsSensitive(c, text))) unsafe.add(head);
    }
  }
  return result;
}
function interrupts(previous, node, text) {
  if (!previous) return false;
  return previous.type === "code" && !isFenced(previous, text) || !hasBlankLine(text.slice(previous.end, node.start));
}
var PARENT = /* @__PURE__ */ new WeakMap();
function isInterrupted(node, text) {
  for (let at = node; at; ) {
    const parent = PARENT.get(at);
    if (!parent) return false;
    const index = parent.children.indexOf(at);
    if (index > 0) return interrupts(parent.children[index - 1], at, text);
    if (parent.type === "root") return false;
    at = parent;
  }
  return false;
}
function markAfterInterruption(children, at, removable, unsafe, text) {
  let k = at + 1;
  while (k < children.length && removable.has(children[k - 1])) {
    if (startsSensitive(children[k], text)) {
      unsafe.add(children[at]);
      return;
    }
    k += 1;
  }
}
function startsSensitive(node, text) {
  if (node.type === "html") return !HTML_INTERRUPTS.test(text.slice(node.start, node.start + 40));
  if (node.type === "table" || node.type === "code" && !isFenced(node, text)) return true;
  if (node.type !== "list" && node.type !== "listItem" && node.type !== "blockquote") return false;
  const end = text.indexOf("\n", node.start);
  let line = text.slice(node.start, end === -1 ? text.length : end).replace(/\r$/, "");
  for (; ; ) {
    const quote = /^>[ \t]?/.exec(line);
    if (quote) {
      line = line.slice(quote[0].length);
      continue;
    }
    const marker = /^(?:[-*+]|(\d{1,9})[.)])(?:[ \t]+|$)/.exec(line);
    if (!marker) return false;
    if (marker[1] !== void 0 && Number(marker[1]) !== 1) return true;
    line = line.slice(marker[0].length);
    if (line.trim() === "") return true;
  }
}
function hasOwnIndent(child, parent, text) {
  const start = ownStart(child, parent, text);
  return start === void 0 || /^[ \t]/.test(text.slice(start, start + 1));
}
function markRun(run, removable, units, unsafe, text) {
  const keepOneBetween = (from, to) => {
    const inside = run.slice(from + 1, to).filter((node) => removable.has(node));
    const keep = inside.find((node) => !units.has(node)) ?? inside[inside.length - 1];
    if (keep) unsafe.add(keep);
  };
  const lastOf = /* @__PURE__ */ new Map();
  const lists = [];
  run.forEach((node, k) => {
    const signature = joinSignature(node, text);
    if (signature !== void 0) {
      const previous2 = lastOf.get(signature);
      if (previous2 !== void 0) keepOneBetween(previous2, k);
      lastOf.set(signature, k);
    }
    const indent = indentColumn(node, text);
    const swallower = [...lists].reverse().find((at) => column(text, run[at].start) < indent);
    if (swallower !== void 0) keepOneBetween(swallower, k);
    if (node.type === "list") lists.push(k);
    const previous = run[k - 1];
    if (previous && removable.has(node) && follows(previous, node, text)) {
      const parent = PARENT.get(node);
      const tucked = units.has(node) ? isTuckedUnder(parent, parent.children.indexOf(node), text) : node.type === "list" && parent.type === "root" && node.ordered !== true;
      if (!tucked) unsafe.add(node);
    }
  });
}
function joinSignature(node, text) {
  if (node.type === "code" && !isFenced(node, text)) return "indented-code";
  if (node.type !== "list") return void 0;
  const marker = /^(?:\d+([.)])|([-*+]))/.exec(text.slice(node.start, node.start + 12));
  return node.ordered ? `ordered${marker?.[1] ?? ""}` : `bullet${marker?.[2] ?? ""}`;
}
function isFenced(node, text) {
  const first = text.charAt(node.start);
  return first === "`" || first === "~";
}
function endsClosed(node, text) {
  return CLOSED.has(node.type) || node.type === "code" && isFenced(node, text);
}
function indentColumn(node, text) {
  const lead = /^[ \t]*/.exec(text.slice(node.start, node.start + 16))?.[0].length ?? 0;
  return column(text, node.start) + lead;
}
function hasBlankLine(separator) {
  const lines = separator.split("\n");
  return lines.slice(1, -1).some((line) => /^[ \t>]*\r?$/.test(line));
}

// src/core/markdown-tree.ts
import { fromMarkdown } from "../vendor/markdown.js";
function markdownTree(text, syntax) {
  const shift = text.charCodeAt(0) === 65279 ? 1 : 0;
  const body = shift === 0 ? text : text.slice(shift);
  let raw;
  try {
    let escaped = withUnclosedFencesEscaped(body);
    raw = parse(escaped, syntax);
    for (let pass = 0; pass < MAX_REPARSES; pass++) {
      const open = unclosedMath(raw, escaped);
      if (open.length === 0) break;
      for (const at of open) escaped = `${escaped.slice(0, at)}\\${escaped.slice(at + 1)}`;
      raw = parse(escaped, syntax);
    }
  } catch (error) {
    if (!syntax.mdx) throw error;
    const e = error;
    const message = typeof e.reason === "string" ? e.reason : String(e.message ?? error);
    return {
      ok: false,
      problem: {
        code: "MDX_SYNTAX_ERROR",
        message: message.split("\n")[0] ?? "",
        line: typeof e.line === "number" ? e.line : 0,
        column: typeof e.column === "number" ? e.column : 0
      }
    };
  }
  return { ok: true, root: convert(raw, shift, text.length) };
}
function parse(body, syntax) {
  return fromMarkdown(body, { extensions: [...syntax.extensions], mdastExtensions: [...syntax.mdastExtensions] });
}
var OPENING_FENCE = /^[ \t>]*(\${2,})/;
function withUnclosedFencesEscaped(body) {
  if (!body.includes("$$")) return body;
  const lines = body.split("\n");
  let offset = 0;
  let escaped = body;
  for (let i = 0; i < lines.length; i++) {
    const opening = OPENING_FENCE.exec(lines[i]);
    if (opening !== null) {
      const closes = lines.findIndex((line, j) => j > i && (CLOSING_FENCE.exec(line)?.[1]?.length ?? 0) >= opening[1].length);
      if (closes >= 0) {
        for (; i < closes; i++) offset += lines[i].length + 1;
      } else {
        const at = offset + lines[i].indexOf("$");
        escaped = `${escaped.slice(0, at)}\\${escaped.slice(at + 1)}`;
      }
    }
    offset += lines[i].length + 1;
  }
  return escaped;
}
var MAX_REPARSES = 8;
var CLOSING_FENCE = /^[ \t>]*(\$+)[ \t]*\r?$/;
function unclosedMath(root, body) {
  const open = [];
  const visit = (node) => {
    if (node.type === "math") {
      const start = node.position?.start.offset ?? 0;
      const lines = body.slice(start, node.position?.end.offset ?? body.length).split("\n");
      const opening = /^\$+/.exec(lines[0])?.[0].length ?? 0;
      const last = lines.length > 1 ? lines[lines.length - 1] : "";
      const closing = CLOSING_FENCE.exec(last)?.[1]?.length ?? 0;
      if (closing < Math.max(opening, 2)) open.push(body.indexOf("$", start));
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return open;
}
function convert(node, shift, length) {
  const start = (node.position?.start.offset ?? 0) + shift;
  const end = (node.position?.end.offset ?? length - shift) + shift;
  const children = (node.children ?? []).map((child) => convert(child, shift, length));
  return {
    type: node.type,
    start,
    end,
    children,
    ...typeof node.value === "string" ? { value: node.value } : {},
    ...typeof node.ordered === "boolean" ? { ordered: node.ordered } : {},
    ...typeof node.identifier === "string" ? { identifier: node.identifier } : {},
    ...typeof node.url === "string" ? { url: node.url } : {}
  };
}

// src/core/parse-markdown-with.ts
var ENTERED = /* @__PURE__ */ new Set(["root", "list", "listItem", "blockquote"]);
function parseMarkdownWith(text, syntax) {
  const tree = markdownTree(text, syntax);
  if (!tree.ok) return { blocks: [], problem: tree.problem };
  const ignored = markdownIgnoreRegions(tree.root, text);
  const candidates = [];
  const labelled = /* @__PURE__ */ new Map();
  const visit = (node, ancestors) => {
    if (node.type === "paragraph") {
      const parent = ancestors[ancestors.length - 1];
      const at = parent?.children.indexOf(node) ?? -1;
      const next = parent?.children[at + 1];
      const role = structuralRole(node, next, text);
      const content = role === "definition" ? void 0 : markdownContent(node, text);
      if (content && !ignored.some((r) => node.start < r.end && node.end > r.start)) {
        const previous = parent?.children[at - 1];
        const after = previous?.type === "list" ? { afterList: { start: previous.start, end: previous.end } } : {};
        if (role === "label" && next?.type === "list" && parent?.type === "root" && isShortLabel(text.slice(content.start, content.end))) {
          labelled.set(next.start, { label: content, list: { start: next.start, end: next.end }, ...after });
        }
        const unit = role === "label" ? void 0 : removalUnit(node, ancestors, text);
        const item = parent?.type === "listItem" && parent.children[0] !== node ? parent.start : void 0;
        candidates.push({ paragraph: node, content, kind: kindOf(ancestors), unit, list: listOf(ancestors), item, listStart: listStartOf(ancestors, text) });
      }
      return;
    }
    if (!ENTERED.has(node.type)) return;
    const path = [...ancestors, node];
    for (const child of node.children) visit(child, path);
  };
  visit(tree.root, []);
  const removable = new Set(candidates.flatMap((c) => c.unit ? [c.unit.node] : []));
  const unsafe = unsafeUnits(removable, tree.root, text);
  const sectionOf = sectionsOf(tree.root.children, text);
  const definitions = definitionsOf(tree.root);
  const blocks = [];
  for (const c of candidates) {
    const whole = c.unit === void 0 || unsafe.has(c.unit.node) ? void 0 : removalRange(c.unit, text);
    const removal = whole === void 0 ? void 0 : wrapperRemoval(c, text) ?? removalKeepingMarkup(c, whole, text);
    const section = sectionOf(c.content.start);
    const list = c.list === void 0 ? {} : { list: c.list };
    const item = c.item === void 0 ? {} : { item: c.item };
    const inline = inlineSpans(c.paragraph, c.content, definitions);
    const label = c.list === void 0 ? void 0 : labelled.get(c.list);
    const labelledList = label === void 0 ? {} : { labelled: label };
    const listStart = c.listStart === void 0 ? {} : { listStart: c.listStart };
    blocks.push({ index: blocks.length, kind: c.kind, content: c.content, removal: removal ?? c.content, section, inert: removal === void 0, ...list, ...item, inline, ...labelledList, ...listStart });
  }
  return { blocks };
}
function sectionsOf(nodes, text) {
  const starts = [];
  const ids = [];
  const interrupted = [];
  let current = 0;
  let count = 0;
  const enter = (start, id) => {
    current = id;
    starts.push(start);
    ids.push(id);
  };
  for (const node of nodes) {
    if (node.type === "heading") enter(node.start, ++count);
    if (node.type !== "html") continue;
    for (const [tag] of text.slice(node.start, node.end).matchAll(DETAILS_TAGS)) {
      if (tag.startsWith("</")) {
        if (interrupted.length > 0) enter(node.start, interrupted.pop());
      } else {
        interrupted.push(current);
        enter(node.start, ++count);
      }
    }
  }
  return (offset) => {
    let id = 0;
    for (let i = 0; i < starts.length && starts[i] < offset; i++) id = ids[i];
    return id;
  };
}
var DETAILS_TAGS = /<summary[\s>]|<\/details\s*>/gi;
function wrapperRemoval(c, text) {
  if (c.unit === void 0 || c.unit.parent.type !== "root") return void 0;
  return htmlWrapperRemoval(c.unit.parent.children, c.unit.node, text);
}
function removalKeepingMarkup(c, removal, text) {
  const { paragraph, content } = c;
  if (content.start === paragraph.start === (content.end === paragraph.end)) return removal;
  if (c.unit?.node !== paragraph) return removal;
  const region = c.unit.parent.type === "root" ? wholeRegion(c.unit.parent.children, paragraph, text) : void 0;
  if (region !== void 0 && content.start !== paragraph.start) return region;
  if (content.start !== paragraph.start) {
    const newline = text.lastIndexOf("\n", content.start - 1);
    return { start: text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline, end: content.end };
  }
  const lineStart2 = text.lastIndexOf("\n", content.start - 1) + 1;
  return { start: lineStart2, end: text.indexOf("\n", content.end) + 1 };
}
function wholeRegion(siblings, paragraph, text) {
  const at = siblings.indexOf(paragraph);
  const closing = siblings[at + 1];
  if (!isClosingMarkup(closing, text)) return void 0;
  const after = siblings[at + 2];
  if (after) return { start: text.lastIndexOf("\n", paragraph.start - 1) + 1, end: text.lastIndexOf("\n", after.start - 1) + 1 };
  const before = siblings[at - 1];
  return { start: before ? before.end : text.lastIndexOf("\n", paragraph.start - 1) + 1, end: closing.end };
}
var UNSPLIT_INLINE = /* @__PURE__ */ new Set([
  "inlineCode",
  "link",
  "image",
  "linkReference",
  "imageReference",
  "footnoteReference",
  "html",
  "inlineMath",
  "mdxTextExpression",
  "mdxJsxTextElement"
]);
function inlineSpans(paragraph, content, definitions) {
  const spans = [];
  const visit = (node) => {
    if (node.end <= content.start || node.start >= content.end) return;
    if (!UNSPLIT_INLINE.has(node.type)) {
      for (const child of node.children) visit(child);
      return;
    }
    const label = node.type === "linkReference" || node.type === "imageReference" ? node.identifier : void 0;
    if (label === void 0) spans.push({ start: node.start, end: node.end });
    else {
      const target = definitions.get(label);
      spans.push({ start: node.start, end: node.end, reference: target === void 0 ? { label } : { target } });
    }
  };
  visit(paragraph);
  return spans;
}
function definitionsOf(root) {
  const definitions = /* @__PURE__ */ new Map();
  const visit = (node) => {
    if (node.type === "definition" && node.identifier !== void 0 && node.url !== void 0) {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(root);
  return definitions;
}
var LABEL_WORDS = 12;
function isShortLabel(label) {
  if (label.includes("[^") || INNER_SENTENCE_END.test(label)) return false;
  return (label.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= LABEL_WORDS;
}
var INNER_SENTENCE_END = /[.!?\u2026]["'\u2019\u201d)\]*_`]*\s+\S/;
function listOf(ancestors) {
  for (let i = ancestors.length - 1; i >= 0; i -= 1) {
    const node = ancestors[i];
    if (node.type === "list") return node.start;
    if (node.type === "blockquote") return void 0;
  }
  return void 0;
}
function listStartOf(ancestors, text) {
  for (let i = ancestors.length - 1; i > 0; i -= 1) {
    const node = ancestors[i];
    if (node.type === "blockquote") return void 0;
    if (node.type !== "listItem") continue;
    const list = ancestors[i - 1];
    return list.ordered === true && list.children[0] === node ? orderedMarker(text, node.start) : void 0;
  }
  return void 0;
}
function kindOf(ancestors) {
  for (let i = ancestors.length - 1; i >= 0; i -= 1) {
    const type = ancestors[i]?.type;
    if (type === "listItem") return "list-item";
    if (type === "blockquote") return "blockquote";
  }
  return "paragraph";
}
export {
  parseMarkdownWith
};
