import type { RunReport } from './types.js';
/**
 * SARIF 2.1.0 for code scanning: one result per echo at the echo, with the kept twin as related
 * location, stable rule ids, relative URIs against `%SRCROOT%` and a versioned fingerprint.
 * Unreadable and skipped files become tool execution notifications. With `--scope files`, each
 * place of boilerplate is a `boilerplate` result and each member of a duplicate group a
 * `duplicate-document` warning (a whole file is never removed).
 */
export declare function formatSarif(report: RunReport): string;
