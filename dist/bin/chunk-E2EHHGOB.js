import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  severityOf
} from "./chunk-AYPY727O.js";

// src/report/format-problem.ts
function sentence(problem) {
  switch (problem.code) {
    case "FILE_NOT_FOUND":
      return `${problem.path}: no such file or directory`;
    case "FILE_VANISHED":
      return `${problem.path}: the file disappeared before it could be read`;
    case "FILE_CHANGED":
      return `${problem.path}: the file changed while unecho was reading it, and was left as it is; run again`;
    case "UNREADABLE_FILE":
      return `${problem.path}: cannot read the file (${problem.errno})`;
    case "UNREADABLE_DIRECTORY":
      return `${problem.path}: cannot read the directory (${problem.errno})`;
    case "UNWRITABLE_FILE":
      return `${problem.path}: cannot write the file (${problem.errno}); it was left unchanged`;
    case "UNWRITABLE_COPY":
      return `${problem.path}: cannot write its copy ${problem.copy} (${problem.errno})`;
    case "UNWRITABLE_OUTPUT":
      return `${problem.path}: cannot write the output file (${problem.errno})`;
    case "READ_ONLY_FILE":
      return `${problem.path}: the file is read-only; it was left unchanged`;
    case "BINARY_FILE":
      return `${problem.path}: skipped, binary file`;
    case "INVALID_UTF8":
      return `${problem.path}: skipped, not valid UTF-8`;
    case "UNSUPPORTED_ENCODING":
      return `${problem.path}: skipped, ${problem.encoding} text is not supported (UTF-8 only)`;
    case "FILE_TOO_LARGE":
      return `${problem.path}: skipped, ${problem.size} bytes is over --max-file-size ${problem.limit}`;
    case "SYMLINK_SKIPPED":
      return `${problem.path}: skipped, symbolic link (pass --follow-symlinks to follow it)`;
    case "NOT_A_FILE":
      return `${problem.path}: skipped, not a regular file`;
    case "OUTSIDE_WORKING_DIRECTORY":
      return `${problem.path}: outside the working directory, so it has no place in --out-dir`;
    case "NO_MATCHING_FILES":
      if (problem.folder) return `${problem.pattern}: no file to clean in this folder`;
      return `${problem.pattern}: no files match this pattern`;
    case "NO_INPUT":
      return "no input: pass files, folders or globs, or pipe text to stdin (see unecho --help)";
    case "USAGE":
      return problem.message;
    case "CONFLICTING_OPTIONS":
      return `${problem.options.join(" and ")} cannot be used together`;
    case "OPTION_NEEDS":
      return `${problem.option} needs ${problem.needs}`;
    case "BAD_VALUE":
      return problem.source === "flag" ? `${problem.name}: invalid value ${JSON.stringify(problem.value)}, expected ${problem.expected}` : `${problem.source}: "${problem.name}": invalid value ${problem.value}, expected ${problem.expected}`;
    case "UNKNOWN_CONFIG_KEY":
      return `${problem.source}: unknown key "${problem.key}"`;
    case "CONFIG_SYNTAX":
      return `${problem.source}:${problem.line}:${problem.column}: invalid JSON (${problem.message})`;
    case "CONFIG_UNREADABLE":
      return `${problem.source}: cannot read the config file (${problem.errno})`;
    case "NOT_IMPLEMENTED":
      return `${problem.feature} is not implemented yet`;
    case "INTERNAL_ERROR":
      return `internal error in unecho ${problem.version}: ${problem.message}. Please report it with the command you ran`;
  }
}
function formatProblem(problem, paint = (s) => s) {
  const text = sentence(problem).replace(/[\r\n]+/g, " ");
  return `unecho: ${paint(severityOf(problem))}: ${text}
`;
}

export {
  formatProblem
};
