// @ts-check
/**
 * Mutation testing of the pure core (src/server/core): `npm run mutation`, or one folder at a time
 * on this 2-core machine, e.g. `npm run mutation -- --mutate 'src/server/core/odata/**\/*.ts'`.
 * Incremental: the result of the last run is kept in reports/mutation/incremental.json (not committed:
 * several MB per folder, rewritten by every run),
 * so a re-run only tests mutants in code or tests that changed since. `--force` re-runs everything.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
    packageManager: 'npm',
    mutate: ['src/server/core/**/*.ts'],
    testRunner: 'jest',
    jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
    coverageAnalysis: 'perTest',
    checkers: ['typescript'],
    // Keep sources as they are in the sandbox: Stryker would otherwise insert `// @ts-nocheck` into
    // every file, which the client-script bundle carries along, so its up-to-date test would fail
    // the dry run. Not needed here: ts-jest only transpiles (isolatedModules), the checker types.
    disableTypeChecks: false,
    tsconfigFile: 'tsconfig.mutation.json',
    typescriptChecker: { prioritizePerformanceOverAccuracy: true },
    // Two shared cores: one test runner process (and one type-checker process).
    concurrency: 1,
    timeoutMS: 10000,
    incremental: true,
    incrementalFile: 'reports/mutation/incremental.json',
    ignoreStatic: true,
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: 'reports/mutation/mutation.html' },
    jsonReporter: { fileName: 'reports/mutation/mutation.json' },
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
    tempDirName: '.stryker-tmp',
    cleanTempDir: true,
    ignorePatterns: ['dist', 'build', 'target', '.now', 'bench-results', 'reports', '.ml-connector', '*.db'],
}
