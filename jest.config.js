/** @type {import('jest').Config} */
module.exports = {
    testEnvironment: 'node',
    roots: ['<rootDir>/test'],
    testMatch: ['**/*.test.ts'],
    transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
    cacheDirectory: '<rootDir>/.jest_cache',
    testTimeout: 60000,
    reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
    // Bundles build/local/cli.js once per jest run (tests spawn it: emulator, sync, ping).
    globalSetup: '<rootDir>/test/support/global-setup.js',
}
