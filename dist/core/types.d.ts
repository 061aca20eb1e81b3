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
 * One editable block of prose. Parsers return only blocks unecho may edit; everything else
 * (front matter, headings, code, tables, HTML) never becomes a block and so is never touched.
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
    readonly blocks: number;
    readonly sentences: number;
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
/** Options of the cleaning engine (every field filled in; see `resolveOptions`). */
export interface CleanOptions {
    /**
     * Which units are compared and removed.
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
