import type { RunReport } from './types.js';
/**
 * SARIF 2.1.0 for code scanning: one result per echo at the echo, with the kept twin as related
 * location, stable rule ids, relative URIs against `%SRCROOT%` and a versioned fingerprint.
 * Unreadable and skipped files become tool execution notifications.
 */
export declare function formatSarif(report: RunReport): string;
