/**
 * Prints one plain closing line, `jest: N passed, N failed[, N skipped]`, as the very last line of
 * the run (after jest's own summary, hence on exit), so that CI logs end with the count in a form
 * any reader, human or tool, parses the same way.
 */
class SummaryReporter {
    onRunComplete(_contexts, results) {
        const skipped = results.numPendingTests + results.numTodoTests
        const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed`
        process.once('exit', () => process.stderr.write(`${line}${skipped ? `, ${skipped} skipped` : ''}\n`))
    }
}

module.exports = SummaryReporter
