/**
 * Prints one plain closing line, `jest: N passed, N failed[, N skipped]`, after jest's own summary,
 * so that CI logs state the count in a form any reader (human or tool) parses the same way.
 */
class SummaryReporter {
    onRunComplete(_contexts, results) {
        const skipped = results.numPendingTests + results.numTodoTests
        const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed`
        process.stderr.write(`\n${line}${skipped ? `, ${skipped} skipped` : ''}\n`)
    }
}

module.exports = SummaryReporter
