import { spawn } from 'child_process'
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { CLI_PATH } from './emulator-process'

export interface CliResult {
    code: number | null
    stdout: string
    stderr: string
}

/** Runs the built CLI in a child process with exactly the given environment additions. */
export function runCli(
    args: readonly string[],
    env: Record<string, string | undefined> = {},
    cwd?: string
): Promise<CliResult> {
    const childEnv: Record<string, string | undefined> = { ...process.env, ...env }
    // Tests decide which secret variables exist; inherit none by accident.
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k]
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [CLI_PATH, ...args], {
            stdio: ['ignore', 'pipe', 'pipe'],
            env: childEnv,
            cwd,
        })
        let stdout = ''
        let stderr = ''
        child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
        child.once('error', reject)
        child.once('close', (code) => resolve({ code, stdout, stderr }))
    })
}

/** The `report` of `sync --json`, once the run is seen to have written nothing to stderr. */
export function syncReportOf<T = { status: string }>(result: CliResult): T {
    expect(result.stderr).toBe('')
    return (JSON.parse(result.stdout) as { report: T }).report
}

export function tempDir(prefix: string): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

export function writeJson(file: string, value: unknown): string {
    fs.writeFileSync(file, JSON.stringify(value, null, 2))
    return file
}

/** Every byte of the SQLite files under dir (main file, WAL, shared memory), for secret scans. */
export function databaseBytes(dir: string): string {
    return fs
        .readdirSync(dir)
        .filter((f) => /\.db(-wal|-shm)?$/.test(f))
        .map((f) => fs.readFileSync(path.join(dir, f)).toString('latin1'))
        .join('\n')
}
