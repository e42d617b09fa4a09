/**
 * Jest's test order, with the slow files first even on a clean clone.
 *
 * Jest's own sequencer runs the files it has timings for (.jest_cache) longest first; without
 * them (every CI run starts from a clean clone) it orders by file size. The slowest files here —
 * the reliability suite files — are four lines each that import their scenarios, so they ran last:
 * 530 s of work started in the final minutes, with one worker alone on the kill points at the end.
 * This sequencer gives a file without a cached timing the time it took in a clean-clone CI run (the
 * table below, in seconds, rounded), else a tiny size-based guess, so that the long files start
 * first and the many short ones fill in around them. Cached timings still win where they exist.
 * A stale table only changes the order, never what runs.
 */
const path = require('path')
const Sequencer = require('@jest/test-sequencer').default

const ROOT = path.resolve(__dirname, '..', '..')

/**
 * Seconds per file in a clean-clone CI run on two cores (files over 10 s). The two kill-point
 * files are that run's 130 s and 110 s scaled by the CPU time they lost to their smaller world
 * (x0.71 and x0.72, measured file by file with -w 1): an estimate until a CI run measures them.
 */
const CLEAN_CLONE_SECONDS = {
    'test/reliability/suite-kill-points.test.ts': 93,
    'test/reliability/suite-network-faults.test.ts': 90,
    'test/reliability/suite-hardening-bad-input.test.ts': 86,
    'test/reliability/suite-kill-points-row-by-row.test.ts': 79,
    'test/reliability/suite-hardening-secrets.test.ts': 67,
    'test/local/cli-hardening-secrets.test.ts': 51,
    'test/reliability/suite-hardening-records-and-instance.test.ts': 33,
    'test/local/cli-ping-and-exit-codes.test.ts': 26,
    'test/local/cli-collation-and-next-links.test.ts': 18,
    'test/local/cli-late-rows.test.ts': 17,
    'test/local/cli-concurrent-first-runs.test.ts': 16,
    'test/local/cli-sync.test.ts': 14,
    'test/reliability/suite-hostile-input-and-refusals.test.ts': 14,
    'test/artifact/built-job.test.ts': 12,
    'test/local/cli-source-profiles.test.ts': 11,
}

class SlowFirstSequencer extends Sequencer {
    time(test) {
        const cached = super.time(test)
        if (cached != null) return cached
        const seconds = CLEAN_CLONE_SECONDS[path.relative(ROOT, test.path).split(path.sep).join('/')]
        if (seconds !== undefined) return seconds * 1000
        // Below any real timing, and larger files first among the unknown ones (jest's own guess).
        return (test.context.hasteFS.getSize(test.path) ?? 0) / 1e6
    }
}

module.exports = SlowFirstSequencer
