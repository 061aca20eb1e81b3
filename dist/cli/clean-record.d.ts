import type { Block, BoilerplateRemoval, Change } from '../core/types.js';
import type { InputRecord } from '../io/read-input.js';
import type { Settings } from './settings.js';
/** A record cleaned: its echoes and the text before and after, BOM included. */
export interface CleanedRecord {
    readonly changes: readonly Change[];
    readonly before: string;
    readonly after: string;
    readonly changed: boolean;
}
/** What `--scope files` already knows of a record: its blocks, and the boilerplate to remove. */
export interface PreparedRecord {
    readonly blocks: readonly Block[];
    readonly boilerplate?: BoilerplateRemoval;
}
/**
 * Cleans one record with the engine options of the settings, the parser chosen by its path.
 * The engine sees the text without its BOM (so line 1 column 1 is the first character); the
 * BOM goes back on the result. With boilerplate to remove, the engine cleans the other blocks
 * and both sets of removals are applied together.
 * @param prepared the record's blocks and boilerplate, when `--scope files` parsed it already
 */
export declare function cleanRecord(record: InputRecord, settings: Settings, prepared?: PreparedRecord): Promise<CleanedRecord>;
