/** The paths of the inputs that would change (or changed), one a line, in path order. */
export function formatList(report) {
    return report.files
        .filter((file) => file.status === 'would-change' || file.status === 'changed')
        .map((file) => `${file.path}\n`)
        .join('');
}
