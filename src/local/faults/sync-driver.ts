import Database from 'better-sqlite3'
import { spawn } from 'child_process'
import type { ChildProcess } from 'child_process'
import { CONNECTION } from '../../tables'
import { CRASH_ENV } from './crash-injector'

/** The parts of `sync --json` output the driver reads. */
interface SyncJsonReport {
    status: string
    read: number
    inserted: number
    updated: number
    flagged: number
    errors: number
    throttles: number
    message?: string
}

/** One `ml-connector sync --json` child process, as it ended. */
export interface SyncAttempt {
    code: number | null
    signal: NodeJS.Signals | null
    stdout: string
    stderr: string
    report: SyncJsonReport | null
    continueAtMs: number | null
    crashAt: string | null
}

export interface SyncProcess {
    child: ChildProcess
    done: Promise<SyncAttempt>
}

export interface SyncTarget {
    /** build/local/cli.js */
    cliPath: string
    configFile: string
    /** The config's database and connection name, to expire a dead runner's lease. */
    database: string
    connectionName: string
    /** Added to the parent environment (the client secret variable, at least). */
    env: Readonly<Record<string, string>>
    /** `--verbose`: debug logs on stderr, so secret scans cover them too. */
    verbose?: boolean
}

/** Starts one sync; `crashAt` arms the crash injector (ML_CONNECTOR_CRASH_AT) in the child. */
export function startSync(target: SyncTarget, crashAt: string | null = null): SyncProcess {
    const env: Record<string, string | undefined> = { ...process.env, ...target.env }
    delete env[CRASH_ENV]
    if (crashAt) env[CRASH_ENV] = crashAt
    const args = [target.cliPath, 'sync', '--config', target.configFile, '--json']
    if (target.verbose) args.push('--verbose')
    const child = spawn(process.execPath, args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        env,
    })
    let stdout = ''
    let stderr = ''
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
    const done = new Promise<SyncAttempt>((resolve, reject) => {
        child.once('error', reject)
        child.once('close', (code, signal) => {
            let report: SyncJsonReport | null = null
            let continueAtMs: number | null = null
            if (code !== null && stdout.trim().startsWith('{')) {
                try {
                    const parsed = JSON.parse(stdout) as { report: SyncJsonReport; continueAtMs: number | null }
                    report = parsed.report
                    continueAtMs = parsed.continueAtMs
                } catch {
                    // Not JSON: the attempt's stdout tells the test what happened.
                }
            }
            resolve({ code, signal, stdout, stderr, report, continueAtMs, crashAt })
        })
    })
    return { child, done }
}

export function runSyncOnce(target: SyncTarget, crashAt: string | null = null): Promise<SyncAttempt> {
    return startSync(target, crashAt).done
}

/**
 * A killed runner's lease stays until it expires (time budget + slack, minutes). The suite
 * stands in for that wait by moving the expiry into the past, as a node restart minutes later
 * would find it; the owner is kept, so the takeover path of the lease is what runs.
 */
export function expireLease(database: string, connectionName: string): void {
    const db = new Database(database, { fileMustExist: true })
    try {
        db.prepare(`UPDATE ${CONNECTION.name} SET lease_expires_at = '2000-01-01 00:00:00' WHERE name = ?`).run(
            connectionName
        )
    } finally {
        db.close()
    }
}

export interface UntilDoneOptions {
    /** Crash points armed in the first runs, one per run, in order. */
    crashes?: readonly string[]
    /** Runs after the crashes before giving up. Default 8. */
    maxRuns?: number
    /** Longest deferral waited for. Default 15 s. */
    maxWaitMs?: number
    /** Called after every attempt (invariant checks after a kill, for example). */
    afterAttempt?: (attempt: SyncAttempt) => void | Promise<void>
}

export interface UntilDoneResult {
    attempts: SyncAttempt[]
    /** Runs that died by SIGKILL. */
    kills: number
    final: SyncAttempt
}

/** Runs sync (crashing where told), then again until a run succeeds: the operator's "run it again". */
export async function syncUntilDone(target: SyncTarget, options: UntilDoneOptions = {}): Promise<UntilDoneResult> {
    const attempts: SyncAttempt[] = []
    let kills = 0
    const plan: (string | null)[] = [...(options.crashes ?? [])]
    const maxRuns = plan.length + (options.maxRuns ?? 8)
    for (let i = 0; i < maxRuns; i++) {
        const attempt = await runSyncOnce(target, plan[i] ?? null)
        attempts.push(attempt)
        await options.afterAttempt?.(attempt)
        if (attempt.signal === 'SIGKILL') {
            kills++
            expireLease(target.database, target.connectionName)
            continue
        }
        if (attempt.report?.status === 'succeeded' && i >= plan.length - 1) return { attempts, kills, final: attempt }
        await waitOutDeferral(attempt, options.maxWaitMs ?? 15000)
    }
    throw new Error(unfinishedMessage(attempts))
}

/** A deferred run names when to continue: wait until then (a little after), at most maxWaitMs. */
async function waitOutDeferral(attempt: SyncAttempt, maxWaitMs: number): Promise<void> {
    if (attempt.report?.status !== 'deferred' || attempt.continueAtMs === null) return
    const wait = Math.min(Math.max(0, attempt.continueAtMs - Date.now()) + 50, maxWaitMs)
    await new Promise((r) => setTimeout(r, wait))
}

function unfinishedMessage(attempts: readonly SyncAttempt[]): string {
    const last = attempts[attempts.length - 1]
    return (
        `sync did not finish in ${attempts.length} runs; last: code ${last?.code} signal ${last?.signal}\n` +
        `${last?.stdout.slice(0, 2000)}\n${last?.stderr.slice(0, 2000)}`
    )
}
