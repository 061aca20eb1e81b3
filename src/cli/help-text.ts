/** The examples shown after the options in `--help`, one per way of using unecho (commander adds the final newline). */
export const HELP_EXAMPLES = `
Examples:
  unecho content/                      report echoes in every .md/.txt file of a folder
  unecho "articles/**/*.txt"           the same for a glob (quote it)
  unecho --write content/              remove the echoes in place
  unecho --diff content/ | git apply   review first, then apply
  unecho -l content/ | wc -l           count the files that would change
  unecho --out-dir clean/ scraped/     write cleaned copies into clean/
  unecho --scope files scraped/        also boilerplate and duplicate articles across files
  cat page.txt | unecho > clean.txt    filter stdin to stdout
  unecho - --stdin-filepath a.md < a.md   filter stdin as Markdown
  unecho -f sarif -o unecho.sarif .    SARIF for code scanning in CI
  unecho -f github content/            annotations in GitHub Actions

Exit codes:
  0  nothing to remove, or files written
  1  echoes found (--check, -l, --diff; --write with --fail-on-change)
  2  usage, config or file error (the run goes on past a bad file)`;
