import { Chalk } from 'chalk';
/**
 * Styles for one stream. A fresh chalk instance per stream, so that stdout and stderr can
 * differ and chalk's own argv and environment sniffing never decides.
 * @param color the decision of `decideColor` for that stream
 */
export function paint(color) {
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
