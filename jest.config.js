/** @type {import('jest').Config} */
module.exports = {
    testEnvironment: 'node',
    roots: ['<rootDir>/test'],
    testMatch: ['**/*.test.ts'],
    transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
    cacheDirectory: '<rootDir>/.jest_cache',
    // The whole suite takes about 5 minutes on two idle cores; no single test needs more than a few
    // seconds there, so one stuck on a dead child process fails after 30 s, not a minute. The
    // reliability suite sets its own (its scenarios run several syncs each).
    testTimeout: 30000,
    // Jest's default is one worker on a 2-core machine. Most of the slow files spend their time
    // waiting on child processes (the CLI, the emulator), so two workers keep both cores busy.
    maxWorkers: 2,
    // Longest files first, also on a clean clone (no cached timings): see the file.
    testSequencer: '<rootDir>/test/support/slow-first-sequencer.js',
    reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
    // Bundles build/local/cli.js once per jest run (tests spawn it: emulator, sync, ping).
    globalSetup: '<rootDir>/test/support/global-setup.js',
}
