import { Chalk } from 'chalk';

/** The few styles reporters use; identity functions when colour is off. */
export interface Paint {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly cyan: (text: string) => string;
  readonly underline: (text: string) => string;
  /** Colours a severity word: errors red, warnings yellow. */
  readonly severity: (severity: string) => string;
}

/**
 * Styles for one stream. A fresh chalk instance per stream, so that stdout and stderr can
 * differ and chalk's own argv and environment sniffing never decides.
 * @param color the decision of `decideColor` for that stream
 */
export function paint(color: boolean): Paint {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return {
    bold: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
    red: (text) => chalk.red(text),
    green: (text) => chalk.green(text),
    yellow: (text) => chalk.yellow(text),
    cyan: (text) => chalk.cyan(text),
    underline: (text) => chalk.underline(text),
    severity: (severity) => (severity === 'error' ? chalk.red(severity) : chalk.yellow(severity)),
  };
}
