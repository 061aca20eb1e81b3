/**
 * Data types shared by the pure core. Every offset is a UTF-16 code-unit index into the
 * original text (what `String.prototype.slice` takes); every line and column is 1-based,
 * and columns count UTF-16 code units from the start of the line.
 */
/** The grain of a change: a whole block (paragraph, list item, quote) or one sentence in it. */
export type Unit = 'paragraph' | 'sentence';
/** How the removed text relates to the text that stays. */
export type MatchKind = 'exact' | 'near' | 'contained';
/**
 * Why a piece was judged an echo.
 * - `repeat`: the same or nearly the same text stands elsewhere.
 * - `contained`: the text lies inside a longer text that stays.
 * - `aggregate`: a block that only concatenates other blocks (a meta description, a wrapper list item).
 * - `sentence-repeat`: a sentence repeated inside a block that otherwise has new text.
 */
export type EchoRule = 'repeat' | 'contained' | 'aggregate' | 'sentence-repeat';
/** Which syntax the input is parsed as (`mdx`: Markdown with JSX and expressions). */
export type ParserName = 'text' | 'markdown' | 'mdx';
/** A half-open range `[start, end)` of UTF-16 offsets into the original text. */
export interface Range {
    readonly start: number;
    readonly end: number;
}
/** The kind of a block, as the parser saw it. */
export type BlockKind = 'paragraph' | 'list-item' | 'blockquote' | 'table-cell';
/**
 * One block of prose. Parsers return the blocks unecho may edit, and (Markdown) the prose it may
 * not edit but must see, as inert blocks; everything else (front matter, headings,
 * code, tables, HTML) never becomes a block and so is never touched.
 */
export interface Block {
    /** Position in document order, 0-based. */
    readonly index: number;
    readonly kind: BlockKind;
    /** The prose of the block (without list markers or quote prefixes). */
    readonly content: Range;
    /**
     * What to delete when the block goes whole: the content plus its markers and one separator,
     * so the text around it keeps its spacing (one blank line stays between Markdown paragraphs).
     */
    readonly removal: Range;
    /**
     * The document section the block stands in (how many top-level headings precede it), when
     * the syntax has sections. Documents repeat a paragraph in parallel sections on purpose, so
     * a twin in another section is no echo.
     */
    readonly section?: number;
    /**
     * Prose of the page that cleaning may not edit, and that the engine leaves out (neither edited
     * nor matched; `removal` is its content): a Markdown paragraph whose removal would change how
     * its neighbours parse (between two lists), or the label of a list, code block or table,
     * which docs repeat on purpose. The parser returns it so that cleaning sees when it has become
     * an editable paragraph (its list went) and cleans again (see `settle`).
     */
    readonly inert?: boolean;
    /**
     * For a paragraph in a Markdown list item: where its list starts. Items of one list share it,
     * and are parallel entries, not echoes of each other, unless word for word (a note under
     * each item not even then: see `item`).
     */
    readonly list?: number;
    /**
     * For a paragraph after the first of a Markdown list item: where its item starts. Such a note
     * (`UglifyJS may modify the input …` under each entry) may stand in every item of a list on
     * purpose: copies of it in other items of the list are no echoes.
     */
    readonly item?: number;
    /**
     * Markdown: spans of inline syntax no sentence cut may fall inside (code spans, links and
     * images with their destinations, autolinks, inline HTML, math, MDX expressions), in text
     * order. Cutting inside one and removing a part broke it (`[Why?](` left without its
     * destination). Set on every Markdown block, empty or not: its line breaks are soft wraps
     * (spaces), not sentence ends, as Markdown renders them.
     */
    readonly inline?: readonly InlineSpan[];
    /**
     * For a paragraph in the first item of an ordered Markdown list: that item's marker with the
     * spaces after it (`1. `). A removal that takes the item and stops at an item that stays
     * keeps this marker and takes the other one, so the list keeps its start number (see
     * `keepingListStarts`).
     */
    readonly listStart?: Range;
    /**
     * For a paragraph in an item of a top-level Markdown list that a label introduces
     * (`Related stories:` right before it; see `inert`): the label's content and the list's
     * range. When cleaning removes all of the list, the label goes with it, as it labels nothing.
     */
    readonly labelled?: LabelledList;
}
/** A span of Markdown inline syntax (see `Block.inline`). */
export interface InlineSpan extends Range {
    /**
     * For a reference link or image: the destination its definition gives, or its normalised
     * label when the text defines none.
     */
    readonly reference?: {
        readonly target: string;
    } | {
        readonly label: string;
    };
}
/** A top-level Markdown list and the label paragraph right before it (see `Block.labelled`). */
export interface LabelledList {
    readonly label: Range;
    readonly list: Range;
    /** The list right before the label, when there is one: the label goes only if it goes too. */
    readonly afterList?: Range;
}
/** A sentence of a block, as `Intl.Segmenter` cut it (trailing spaces excluded). */
export interface Sentence {
    readonly block: number;
    /** Position among the block's sentences, 0-based. */
    readonly index: number;
    readonly range: Range;
}
/** A place in the text, for reports. */
export interface Place extends Range {
    readonly text: string;
    /** 1-based line of `start`. */
    readonly line: number;
    /** 1-based column of `start`, in UTF-16 code units. */
    readonly column: number;
}
/** One echo that was (or would be) removed, with the twin that stays. */
export interface Change {
    readonly kind: MatchKind;
    readonly unit: Unit;
    readonly rule: EchoRule;
    /** The echo: what goes. */
    readonly removed: Place;
    /** The twin that stays (in the same text). */
    readonly kept: Place;
    /** Similarity of the removed text to the kept text, 0–1 (Dice of character bigrams; 1 for exact). */
    readonly score: number;
}
/** A replacement of `range` with `text` in the original; removals have `text: ''`. */
export interface Edit {
    readonly range: Range;
    readonly text: string;
}
/** Counts of one cleaning run. */
export interface CleanStats {
    /** Blocks read (inert ones are not). */
    readonly blocks: number;
    readonly removedBlocks: number;
    readonly removedSentences: number;
    /** UTF-16 code units removed. */
    readonly removedChars: number;
}
/** What `clean` returns: the clean text, what changed, and how much. */
export interface CleanResult {
    readonly text: string;
    readonly changed: boolean;
    readonly changes: readonly Change[];
    readonly edits: readonly Edit[];
    readonly stats: CleanStats;
}
/**
 * A text as UTF-8 bytes, for the exact-only byte path: valid UTF-8 without the BOM the reader
 * strips. `chars` holds the same bytes as a byte string (one char per byte, as ISO-8859-1
 * decodes them), so string search and `charCodeAt` read bytes.
 */
export interface Utf8Text {
    readonly bytes: Uint8Array;
    readonly chars: string;
}
/**
 * Blocks of a plain text as columns (see `parseTextColumns`): block `i` has the content
 * `contentStart[i]`–`contentEnd[i]` and the removal `removalStart[i]`–`removalEnd[i]`, as
 * `Block` has them. Offsets are in the units of the text parsed.
 */
export interface BlockColumns {
    readonly count: number;
    readonly contentStart: Int32Array;
    readonly contentEnd: Int32Array;
    readonly removalStart: Int32Array;
    readonly removalEnd: Int32Array;
}
/** What the exact-only path removes from a UTF-8 text (see `planExactBytes`). */
export interface ExactBytesPlan {
    /** The changes as `cleanExactBlocks` reports them on the decoded text (UTF-16 offsets). */
    readonly changes: readonly Change[];
    /** The byte ranges to cut, sorted and disjoint. */
    readonly removals: readonly Range[];
    /** As `cleanExactBlocks` counts them (`removedChars` in UTF-16 code units). */
    readonly stats: CleanStats;
}
/** Options of the cleaning engine (every field filled in; see `resolveOptions`). */
export interface CleanOptions {
    /**
     * Which units may be removed (sentences are compared either way).
     * @default 'both'
     */
    readonly unit: 'paragraph' | 'sentence' | 'both';
    /**
     * Dice similarity (0–1) from which two segments count as near-duplicates; 1 means exact only.
     * @default 0.8
     */
    readonly threshold: number;
    /**
     * Segments with fewer letters and digits than this are not evidence: they are never removed
     * for resembling something else (`Share`, `Advertisement`, dates).
     * @default 20
     */
    readonly minLength: number;
    /**
     * BCP 47 locale for sentence segmentation.
     * @default 'en'
     */
    readonly locale: string;
    /**
     * Input syntax.
     * @default 'text'
     */
    readonly parser: ParserName;
}
/** One input of the cross-file analysis (`analyzeFiles`): a text and its blocks. */
export interface FileInput {
    /** The name reports use (a relative POSIX path); unique within the input set. */
    readonly path: string;
    readonly text: string;
    /** The blocks of `text` (see `parse`); inert ones are left out of the analysis. */
    readonly blocks: readonly Block[];
}
/**
 * What the cross-file analysis needs of one file, in typed arrays (compact, and transferable
 * between threads; `summarizeDocument` makes them views of one buffer): its document features and where its evidence segments stand with a hash
 * of their keys. Made by `summarizeDocument`; the document itself can then be dropped.
 */
export interface FileSummary {
    /** Kept word-shingle hashes of all its blocks, ascending, without repeats (shingles never span two blocks). */
    readonly features: Int32Array;
    /** Per evidence segment: a 53-bit hash of its key (see `Fingerprint.key`). */
    readonly keyHashes: Float64Array;
    /** Per evidence segment: its block, its sentence (-1 for the whole block), and its range. */
    readonly segmentBlocks: Int32Array;
    readonly segmentSentences: Int32Array;
    readonly segmentStarts: Int32Array;
    readonly segmentEnds: Int32Array;
    /** Per evidence segment: the 1-based line and column (UTF-16 code units) where it starts. */
    readonly segmentLines: Int32Array;
    readonly segmentColumns: Int32Array;
    /** Per evidence segment: a 53-bit hash of its text as written (see `textHash`). */
    readonly segmentTextHashes: Float64Array;
    /** Per block: 1 when the whole block is evidence. */
    readonly blockEvidence: Uint8Array;
    /** Per block: its number of sentence segments (0 for a single sentence, or when the summary has no sentences). */
    readonly blockSentences: Int32Array;
}
/** Where a segment stands in its file: its block, and its sentence (-1 for the whole block). */
export interface SegmentPlace {
    readonly block: number;
    readonly sentence: number;
}
/**
 * A file of the input set as the cross-file analysis needs it: its name, its summary, and its
 * text while it is held (without it, the analysis is told the texts it quotes: see
 * `segmentsToQuote`).
 */
export interface SummarizedFile {
    /** The name reports use; unique within the input set (stdin, which may share a file's name, comes with its text). */
    readonly path: string;
    readonly text?: string;
    readonly summary: FileSummary;
}
/** What the analysis of summaries finds: the report's findings and each file's boilerplate. */
export interface CrossFileAnalysis {
    readonly boilerplate: readonly Boilerplate[];
    readonly duplicates: readonly DuplicateGroup[];
    /**
     * By position in the files given (paths may repeat: stdin can be named like a file), the
     * boilerplate segments to take out of each file that keeps something else (a file of nothing
     * but boilerplate is left whole), in document order.
     */
    readonly removable: ReadonlyMap<number, readonly SegmentPlace[]>;
}
/** One place where boilerplate stands, in one file. */
export interface BoilerplatePlace extends Place {
    readonly path: string;
    /** `paragraph`: a whole block; `sentence`: one sentence of a block that holds more. */
    readonly unit: Unit;
    /** Index of the block in the file's blocks. */
    readonly block: number;
    /**
     * Whether removing boilerplate takes this place out. False in a file that holds nothing but
     * boilerplate: that file would be emptied, and a whole file is never deleted.
     */
    readonly removable: boolean;
}
/** A paragraph or sentence that stands in many files: a call to action, a byline, a notice. */
export interface Boilerplate {
    /** `paragraph` when every place is a whole block, else `sentence`. */
    readonly unit: Unit;
    /** The normalised key every place shares (see `Fingerprint.key`). */
    readonly key: string;
    /** The text of the first place. */
    readonly text: string;
    /** Distinct files that hold the key. */
    readonly files: number;
    /**
     * Every place, sorted by path and offset. A sentence inside a block that is boilerplate as a
     * whole is not listed again: the block's place covers it.
     */
    readonly places: readonly BoilerplatePlace[];
}
/** Two files of a duplicate group and how alike they are. */
export interface DocumentPair {
    /** The path that sorts first. */
    readonly a: string;
    readonly b: string;
    /**
     * The share of the smaller file's word shingles (winnowed 3-grams) that the other holds, 0–1,
     * rounded to 4 places.
     */
    readonly similarity: number;
}
/** Files that are near-duplicates of each other (a syndicated story saved under several names). */
export interface DuplicateGroup {
    /** Paths, sorted; at least two. */
    readonly members: readonly string[];
    /** The verified pairs that tie the group together, sorted by `a` then `b`. */
    readonly pairs: readonly DocumentPair[];
}
/** What to remove from one file to take its boilerplate out. */
export interface BoilerplateRemoval {
    readonly path: string;
    /** Indices of the blocks that go whole; the cleaning engine should not see them. */
    readonly blocks: readonly number[];
    /** Removals on the file's text (blocks and sentence cuts with their spacing), sorted, non-overlapping. */
    readonly edits: readonly Edit[];
}
/** What `analyzeFiles` finds across an input set. */
export interface FilesAnalysis {
    /** Sorted by the first place (path, then offset). */
    readonly boilerplate: readonly Boilerplate[];
    /** Sorted by first member. */
    readonly duplicates: readonly DuplicateGroup[];
    /** One per file with removable boilerplate, sorted by path. */
    readonly removals: readonly BoilerplateRemoval[];
}
/** Options of `analyzeFiles` (every field filled in; see `resolveAnalyzeOptions`). */
export interface AnalyzeFilesOptions {
    /**
     * A paragraph or sentence is boilerplate when it stands in at least this many files.
     * Copies of one document (a duplicate group) count once.
     * @default 3
     */
    readonly minFiles: number;
    /**
     * Similarity (0–1) from which two files are duplicates: the share of the smaller file's word
     * shingles that the other holds (the smaller must have at least half as many).
     * @default 0.8
     */
    readonly duplicateThreshold: number;
    /**
     * Segments with fewer letters and digits than half this are not evidence (as in `CleanOptions`).
     * @default 20
     */
    readonly minLength: number;
    /**
     * BCP 47 locale for sentence segmentation.
     * @default 'en'
     */
    readonly locale: string;
    /**
     * Whether a sentence inside a paragraph can be boilerplate too; `false` looks at whole
     * paragraphs only, as the command line does with `--unit paragraph` (no sentence is then
     * reported or taken out of a paragraph).
     * @default true
     */
    readonly sentences: boolean;
}
/**
 * How an echo relates to its twin.
 * - `equal`: same words (formatting aside);
 * - `near`: nearly the same text (Dice ≥ threshold, guards passed);
 * - `contained`: every word of the echo, in order, lies inside a longer twin (or almost every
 *   word pair, for a lede cut short or rejoined).
 */
export type Relation = 'equal' | 'near' | 'contained';
/** One echo candidate: segment `echo` repeats (part of) segment `twin`, in another place. */
export interface Match {
    readonly echo: number;
    readonly twin: number;
    readonly relation: Relation;
    /** What a report calls it: `exact` only when the texts are byte-identical. */
    readonly kind: MatchKind;
    /**
     * Dice similarity of echo and twin, 0–1, for near matches; 1 for equal and contained ones
     * (reports score the texts as written).
     */
    readonly score: number;
    /**
     * Words of the twin's block covered by the echo, as `[first, end)` word indices, when known
     * exactly. The engine always sets the field (`undefined` when unknown), so that every match
     * has one shape.
     */
    readonly span?: readonly [number, number];
}
/** Tuning of the matcher. */
export interface MatchOptions {
    /** Dice threshold for near-duplicates, 0–1; 1 disables near and fuzzy matching. */
    readonly threshold: number;
}
/** A problem with one file or folder (paths are relative POSIX, or `<stdin>`). */
export type FileProblem = {
    readonly code: 'FILE_NOT_FOUND';
    readonly path: string;
} | {
    readonly code: 'FILE_VANISHED';
    readonly path: string;
} | {
    readonly code: 'FILE_CHANGED';
    readonly path: string;
} | {
    readonly code: 'UNREADABLE_FILE';
    readonly path: string;
    readonly errno: string;
} | {
    readonly code: 'UNREADABLE_DIRECTORY';
    readonly path: string;
    readonly errno: string;
} | {
    readonly code: 'UNWRITABLE_FILE';
    readonly path: string;
    readonly errno: string;
}
/** `--out-dir`: the cleaned copy of `path` could not be written at `copy`. */
 | {
    readonly code: 'UNWRITABLE_COPY';
    readonly path: string;
    readonly copy: string;
    readonly errno: string;
} | {
    readonly code: 'READ_ONLY_FILE';
    readonly path: string;
} | {
    readonly code: 'UNWRITABLE_OUTPUT';
    readonly path: string;
    readonly errno: string;
} | {
    readonly code: 'BINARY_FILE';
    readonly path: string;
} | {
    readonly code: 'INVALID_UTF8';
    readonly path: string;
} | {
    readonly code: 'UNSUPPORTED_ENCODING';
    readonly path: string;
    readonly encoding: string;
} | {
    readonly code: 'FILE_TOO_LARGE';
    readonly path: string;
    readonly size: number;
    readonly limit: number;
} | {
    readonly code: 'SYMLINK_SKIPPED';
    readonly path: string;
} | {
    readonly code: 'NOT_A_FILE';
    readonly path: string;
} | {
    readonly code: 'OUTSIDE_WORKING_DIRECTORY';
    readonly path: string;
};
/** A problem with the run as a whole: arguments, configuration, patterns. */
export type RunProblem = 
/** A glob, or (`folder`) a folder, that yields no file to clean. */
{
    readonly code: 'NO_MATCHING_FILES';
    readonly pattern: string;
    readonly folder?: true;
} | {
    readonly code: 'NO_INPUT';
} | {
    readonly code: 'USAGE';
    readonly message: string;
} | {
    readonly code: 'CONFLICTING_OPTIONS';
    readonly options: readonly string[];
} | {
    readonly code: 'OPTION_NEEDS';
    readonly option: string;
    readonly needs: string;
} | {
    readonly code: 'BAD_VALUE';
    /** `--threshold` for a flag, `threshold` for a config key. */
    readonly name: string;
    /** Where the value came from: `flag` or the config file's path. */
    readonly source: string;
    readonly value: string;
    readonly expected: string;
} | {
    readonly code: 'UNKNOWN_CONFIG_KEY';
    readonly key: string;
    readonly source: string;
} | {
    readonly code: 'CONFIG_SYNTAX';
    readonly source: string;
    readonly line: number;
    readonly column: number;
    readonly message: string;
} | {
    readonly code: 'CONFIG_UNREADABLE';
    readonly source: string;
    readonly errno: string;
} | {
    readonly code: 'NOT_IMPLEMENTED';
    readonly feature: string;
} | {
    readonly code: 'INTERNAL_ERROR';
    readonly message: string;
    readonly version: string;
};
/** Any problem. */
export type Problem = FileProblem | RunProblem;
/** How bad a problem is: warnings skip a file and keep exit 0; errors make the run exit 2. */
export type Severity = 'warning' | 'error';
