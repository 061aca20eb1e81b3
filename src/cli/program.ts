import { Command, Option } from 'commander';
import { FLAGS, flagHelp } from './flags.js';
import { HELP_EXAMPLES } from './help-text.js';

/** Where commander writes help, version and its own errors. */
export interface ProgramOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Help is wrapped at a fixed width, so the README's copy matches on every terminal. */
export const HELP_WIDTH = 100;

function collect(value: string, previous: readonly string[] | undefined): readonly string[] {
  return [...(previous ?? []), value];
}

/**
 * The commander program: usage, every flag of `FLAGS`, examples. It never exits the process
 * (`exitOverride`) and writes only through `output`.
 */
export function createProgram(version: string, output: ProgramOutput): Command {
  const program = new Command('unecho')
    .usage('[options] [--] <path | dir | glob | ->...')
    .description(
      'Remove the echoes scrapers leave in article text: ledes printed twice, pull quotes and captions\n' +
        'that repeat the body, sentences re-emitted as paragraphs. Reads files, folders and globs, or stdin.',
    )
    .argument('[paths...]', 'files, folders or globs; - (or no paths and piped input) reads stdin')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .exitOverride()
    .configureOutput({
      writeOut: output.out,
      writeErr: output.err,
      // Commander's errors become one `unecho: error: …` line.
      outputError: (text, write) => write(`unecho: ${text.trimEnd().replace(/\n+/g, ' ')}\n`),
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
    })
    .addHelpText('after', HELP_EXAMPLES);
  for (const spec of FLAGS) {
    const option = new Option(spec.flags, flagHelp(spec)).helpGroup(`${spec.group}:`);
    if (spec.repeatable === true) option.argParser(collect);
    program.addOption(option);
  }
  return program;
}
