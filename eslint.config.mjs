// Type-aware lint with the limits the team keeps (issue 15): functions of at most 60 lines and four
// parameters (pass an options object beyond that), cyclomatic complexity at most 12, and no value of
// type `any` flowing unchecked. Fluent files are declarative metadata outside the TypeScript
// project, so they get the same limits without type information.
import tseslint from 'typescript-eslint'

const limits = {
    'max-lines-per-function': ['error', { max: 60 }],
    'max-params': ['error', 4],
    complexity: ['error', 12],
}

export default tseslint.config(
    {
        ignores: [
            '**/node_modules/**',
            'build/**',
            'dist/**',
            'coverage/**',
            'reports/**',
            '.stryker-tmp/**',
            'bench-results/**',
            '@types/**',
            'src/fluent/generated/**',
            'src/fluent/client/**',
        ],
    },
    {
        files: ['src/server/**/*.ts', 'src/tables/**/*.ts', 'src/local/**/*.ts'],
        extends: [tseslint.configs.base],
        languageOptions: { parserOptions: { project: ['./tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
        rules: {
            ...limits,
            '@typescript-eslint/no-unsafe-argument': 'error',
            '@typescript-eslint/no-unsafe-assignment': 'error',
            '@typescript-eslint/no-unsafe-call': 'error',
            '@typescript-eslint/no-unsafe-member-access': 'error',
            '@typescript-eslint/no-unsafe-return': 'error',
            '@typescript-eslint/no-floating-promises': 'error',
        },
    },
    {
        files: ['src/fluent/**/*.ts'],
        extends: [tseslint.configs.base],
        rules: limits,
    }
)
