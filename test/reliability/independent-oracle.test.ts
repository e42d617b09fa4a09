import * as fs from 'fs'
import * as path from 'path'
import * as ts from 'typescript'
import { tempDir } from '../support/run-cli'

/**
 * The reliability suite, the soak and the integration tests must not judge the engine with the
 * engine: what a document must become comes from the emulator's manifest, and the checker finds
 * records through stored columns. This test follows the import graph (value imports, the ones
 * that can run code; `import type` is erased and computes nothing) from
 *   - the oracle (manifest, ground truth, dataset, IFS schema, invariant checker, target
 *     contract, secret scanner): nothing under src/server may be reached at all;
 *   - the judges (every file of test/reliability, test/emulator, the CLI tests of test/local,
 *     the soak and its driver): nothing under src/server/core may be reached.
 * Running the engine is of course allowed: the judges spawn the built CLI, which is not an import.
 */
const ROOT = path.resolve(__dirname, '..', '..')
const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/')

interface Edge {
    from: string
    to: string
}

/** Value imports (and re-exports) of one TypeScript file, resolved to files; packages are skipped. */
export function valueImports(file: string): string[] {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true)
    const out: string[] = []
    const add = (spec: string) => {
        if (!spec.startsWith('.')) return
        const base = path.resolve(path.dirname(file), spec)
        for (const candidate of [base + '.ts', base + '.js', path.join(base, 'index.ts'), base])
            if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return void out.push(candidate)
        throw new Error(`${rel(file)}: cannot resolve ${spec}`)
    }
    const visit = (node: ts.Node) => {
        if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
            const clause = node.importClause
            const typeOnly =
                clause !== undefined &&
                (clause.isTypeOnly ||
                    (clause.name === undefined &&
                        clause.namedBindings !== undefined &&
                        ts.isNamedImports(clause.namedBindings) &&
                        clause.namedBindings.elements.length > 0 &&
                        clause.namedBindings.elements.every((e) => e.isTypeOnly)))
            if (!typeOnly) add(node.moduleSpecifier.text)
        } else if (
            ts.isExportDeclaration(node) &&
            !node.isTypeOnly &&
            node.moduleSpecifier &&
            ts.isStringLiteral(node.moduleSpecifier)
        ) {
            add(node.moduleSpecifier.text)
        } else if (
            ts.isCallExpression(node) &&
            (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
                (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
            node.arguments.length === 1 &&
            ts.isStringLiteral(node.arguments[0])
        ) {
            add(node.arguments[0].text)
        }
        ts.forEachChild(node, visit)
    }
    visit(source)
    return out
}

/** Every path from a root to a forbidden file, as the chain of imports that reaches it. */
export function forbiddenChains(
    roots: readonly string[],
    forbidden: (file: string) => boolean,
    /** Files not followed (listed exceptions, wherever they are reached from). */
    skip: (file: string) => boolean = () => false
): string[] {
    const chains: string[] = []
    const via = new Map<string, Edge | null>()
    const queue: string[] = []
    for (const r of roots) {
        via.set(r, null)
        queue.push(r)
    }
    while (queue.length > 0) {
        const file = queue.shift() as string
        if (forbidden(file)) {
            const chain = [rel(file)]
            for (let e = via.get(file); e; e = via.get(e.from)) chain.unshift(rel(e.from))
            chains.push(chain.join(' → '))
            continue
        }
        if (!file.endsWith('.ts') || skip(file)) continue
        for (const next of valueImports(file))
            if (!via.has(next)) {
                via.set(next, { from: file, to: next })
                queue.push(next)
            }
    }
    return chains
}

function filesUnder(dir: string, match: RegExp): string[] {
    const out: string[] = []
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) out.push(...filesUnder(full, match))
        else if (match.test(entry.name)) out.push(full)
    }
    return out
}

const at = (...parts: string[]) => path.join(ROOT, ...parts)
const SERVER = at('src', 'server') + path.sep
const CORE = at('src', 'server', 'core') + path.sep

export const ORACLE = [
    'src/local/emulator/dataset/manifest.ts',
    'src/local/emulator/dataset/ground-truth.ts',
    'src/local/emulator/dataset/emulator-dataset.ts',
    'src/local/emulator/dataset/document-factory.ts',
    'src/local/emulator/dataset/ifs-schema.ts',
    'src/local/emulator/dataset/line-manifest.ts',
    'src/local/faults/invariants.ts',
    'src/local/faults/line-check.ts',
    'src/local/faults/target-contract.ts',
    'src/local/faults/import-set-check.ts',
    'src/local/faults/seed-supplier-master.ts',
    'src/local/faults/secret-scan.ts',
].map((f) => at(f))

/** Judges that exercise something else than the product's results (the reason is part of the list). */
const NOT_JUDGES: Record<string, string> = {
    // A unit test of the crash injector itself (runner plumbing), with the in-memory Store fake.
    'test/reliability/crash-injector.test.ts': 'tests the fault injector, not the product',
    // Item 11's row runs the flag-edit guard itself (the subject under test) over manual edits whose
    // expected verdicts are literals; no document outcome is computed there.
    'test/reliability/scenarios/hardening-instance.ts': 'runs the flag-edit guard as its subject; literal verdicts',
    // Sets a lease up in the SQLite file through the CLI's own config and store to release it; it
    // judges the lease columns and exit codes, no document outcome.
    'test/local/cli-release-lease-and-help.test.ts': 'lease set-up through the CLI store; judges no document',
}

export const JUDGES = [
    ...filesUnder(at('test', 'reliability'), /\.ts$/),
    ...filesUnder(at('test', 'emulator'), /\.ts$/),
    ...filesUnder(at('test', 'local'), /^cli-.*\.test\.ts$/),
    at('src', 'local', 'faults', 'soak.ts'),
    at('src', 'local', 'faults', 'sync-driver.ts'),
    at('src', 'local', 'faults', 'summary.ts'),
].filter((f) => !(rel(f) in NOT_JUDGES))

describe('expectations come from the manifest, not from the engine', () => {
    test('the oracle (manifest, ground truth, checker, scanner) reaches nothing under src/server', () => {
        expect(ORACLE.every((f) => fs.existsSync(f))).toBe(true)
        expect(forbiddenChains(ORACLE, (f) => f.startsWith(SERVER))).toEqual([])
    })

    test('the reliability suite, the soak, the emulator and CLI integration tests reach nothing under src/server/core', () => {
        expect(JUDGES.length).toBeGreaterThan(15)
        expect(JUDGES.map(rel)).toEqual(
            expect.arrayContaining([
                'test/reliability/world.ts',
                'test/reliability/scenarios/hostile-input.ts',
                'test/reliability/scenarios/kill-points.ts',
                'test/local/cli-sync.test.ts',
                'src/local/faults/soak.ts',
            ])
        )
        expect(
            forbiddenChains(
                JUDGES,
                (f) => f.startsWith(CORE),
                (f) => rel(f) in NOT_JUDGES
            )
        ).toEqual([])
    })

    test('the exceptions are the ones listed, each still present', () => {
        for (const f of Object.keys(NOT_JUDGES)) expect(fs.existsSync(at(f))).toBe(true)
    })
})

describe('the import scan itself', () => {
    function project(files: Record<string, string>): string {
        const dir = tempDir('mlc-imports-')
        for (const [name, text] of Object.entries(files)) {
            fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
            fs.writeFileSync(path.join(dir, name), text)
        }
        return dir
    }
    const isCore = (f: string) => f.includes(`${path.sep}core${path.sep}`)

    test('finds a value import two files away and names the chain', () => {
        const dir = project({
            'judge.ts': `import { helper } from './helper'\nhelper()\n`,
            'helper.ts': `import { stagingKey } from './core/key'\nexport const helper = () => stagingKey()\n`,
            'core/key.ts': `export const stagingKey = () => 'k'\n`,
        })
        expect(forbiddenChains([path.join(dir, 'judge.ts')], isCore)).toEqual([
            `${rel(path.join(dir, 'judge.ts'))} → ${rel(path.join(dir, 'helper.ts'))} → ${rel(path.join(dir, 'core/key.ts'))}`,
        ])
    })

    test('does not follow a listed exception, but still follows every other path to core', () => {
        const dir = project({
            'judge.ts': `import { a } from './excepted'\nimport { b } from './other'\na(); b()\n`,
            'excepted.ts': `import { k } from './core/key'\nexport const a = () => k()\n`,
            'other.ts': `import { k } from './core/key'\nexport const b = () => k()\n`,
            'core/key.ts': `export const k = () => 'k'\n`,
        })
        const skipExcepted = (f: string) => f === path.join(dir, 'excepted.ts')
        const chains = forbiddenChains([path.join(dir, 'judge.ts')], isCore, skipExcepted)
        expect(chains).toHaveLength(1)
        expect(chains[0]).toContain('other.ts')
        expect(chains[0]).not.toContain('excepted.ts')
    })

    test.each([
        ['a named import', `import { k } from './core/key'`, 1],
        ['a namespace import', `import * as k from './core/key'`, 1],
        ['a re-export', `export { k } from './core/key'`, 1],
        ['a require', `const k = require('./core/key')`, 1],
        ['a dynamic import', `const k = import('./core/key')`, 1],
        ['a mixed import with one value', `import { type T, k } from './core/key'`, 1],
        ['an import type', `import type { T } from './core/key'`, 0],
        ['an import of only inline types', `import { type T } from './core/key'`, 0],
        ['a type re-export', `export type { T } from './core/key'`, 0],
    ])('%s (%s) gives %i finding(s)', (_name, line, n) => {
        const dir = project({ 'judge.ts': `${line}\n`, 'core/key.ts': `export const k = 1\nexport type T = string\n` })
        expect(forbiddenChains([path.join(dir, 'judge.ts')], isCore)).toHaveLength(n)
    })
})
