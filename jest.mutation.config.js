/**
 * Jest for `npm run mutation` (StrykerJS): the fast unit tests only (test/unit: scripted fake ports
 * and a fake clock, no child processes, no HTTP, no build), without the global setup that bundles
 * the CLI. Each mutant runs only the tests that cover it (coverageAnalysis perTest).
 */
const base = require('./jest.config.js')

/** @type {import('jest').Config} */
module.exports = {
    testEnvironment: base.testEnvironment,
    transform: base.transform,
    roots: ['<rootDir>/test/unit'],
    testMatch: ['**/*.test.ts'],
    cacheDirectory: '<rootDir>/.jest_cache/mutation',
    testTimeout: 30000,
}
