import { execFileSync } from 'child_process'
import * as fs from 'fs'
import * as path from 'path'

/** The revision whose core figure the bench prints beside today's unless told otherwise. */
const BASELINE_REV_FILE = path.join('bench-results', 'baseline-rev.txt')

export interface BaselineBuild {
    /** The revision as given, and the commit it named. */
    rev: string
    commit: string
    /** Its build/local/bench.js: its core worker runs the same workloads as today's. */
    benchJs: string
}

/** `--baseline REV`, else the revision in bench-results/baseline-rev.txt; `--no-baseline` for none. */
export function baselineRev(argv: readonly string[], root: string): string | null {
    if (argv.includes('--no-baseline')) return null
    const i = argv.indexOf('--baseline')
    if (i >= 0) return argv[i + 1] ?? null
    const file = path.join(root, BASELINE_REV_FILE)
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() || null : null
}

/**
 * The bench of another revision, built in `tmp` from `git archive` (no worktree, nothing of this
 * checkout touched) with this checkout's node_modules. Its core worker is then run beside
 * today's, on the same machine in the same minute: a before/after that load cannot skew apart.
 */
export function buildBaseline(rev: string, root: string, tmp: string): BaselineBuild {
    const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim()
    const commit = git('rev-parse', '--verify', `${rev}^{commit}`)
    const dir = path.join(tmp, `baseline-${commit.slice(0, 12)}`)
    fs.mkdirSync(dir, { recursive: true })
    const tar = path.join(tmp, 'baseline.tar')
    git('archive', '--format=tar', '-o', tar, commit)
    execFileSync('tar', ['-xf', tar, '-C', dir])
    fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules')), path.join(dir, 'node_modules'))
    execFileSync(process.execPath, [path.join(dir, 'scripts', 'build-local.js'), '--quiet'], {
        cwd: dir,
        stdio: 'inherit',
    })
    return { rev, commit, benchJs: path.join(dir, 'build', 'local', 'bench.js') }
}
