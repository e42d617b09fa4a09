import { createStager } from '../../../server/core/staging/create-stager'
import { runJob } from '../../../server/core/sync/run-job'
import type { ConnectionRunReport, JobReport } from '../../../server/core/sync/run-job'
import { FLAG_REASON_CHOICES } from '../../../tables/flag'
import { parseCommonArgs } from '../args'
import { EXIT, scrubbedIo, table } from '../cli-io'
import type { CliIo } from '../cli-io'
import { loadLocalConfig } from '../local-config'
import type { LocalConfig } from '../local-config'
import { openRuntime } from '../local-runtime'
import type { LocalRuntime } from '../local-runtime'
import { ProgressStore, progressLine } from '../progress'
import type { MatchCounts } from '../../../server/core/match/match-check'

export interface SyncOutcome {
    report: ConnectionRunReport
    /** When the engine asked to be continued (throttled or out of time budget), epoch ms. */
    continueAtMs: number | null
    database: string
}

/** Runs that ended well: flags and a deferral (throttled, continue later) are not failures. */
export function endedWell(report: ConnectionRunReport): boolean {
    return report.status === 'succeeded' || report.status === 'deferred'
}

/**
 * Exit code of `sync`: 0 when the run ended well, and also when it was skipped because another
 * process holds the connection's lease (that process is doing the work; a cron line started
 * while the last run still goes is not a failure). 1 when the run failed.
 */
function syncExitCode(report: ConnectionRunReport): number {
    return endedWell(report) || report.status === 'skipped' ? EXIT.ok : EXIT.failed
}

/** `ml-connector sync --config FILE [--json]`: one run of the job the app ships, into SQLite. */
export function runSync(argv: readonly string[], io: CliIo): number {
    const args = parseCommonArgs(argv, true)
    const config = loadLocalConfig(args.config)
    if (!io.env[config.ifs.clientSecretEnv]) {
        io.err(
            `ml-connector sync: the IFS client secret is not set. Export ${config.ifs.clientSecretEnv} ` +
                `(the variable named by ifs.clientSecretEnv); it is never read from the file or a flag.`
        )
        return EXIT.usage
    }
    const runtime = openRuntime(config, {
        logLevel: args.verbose ? 'debug' : 'warn',
        env: io.env,
        writeConnection: true,
    })
    const safe = scrubbedIo(io, runtime.redactor)
    try {
        const outcome = syncOnce(runtime, { progress: io.isTty && !args.json ? (t) => process.stderr.write(t) : null })
        if (args.json) safe.out(JSON.stringify(outcome, null, 2))
        else safe.out(renderSyncOutcome(outcome, config))
        return syncExitCode(outcome.report)
    } finally {
        runtime.close()
    }
}

/** One run of runJob for the config's connection, with an optional progress line. */
export function syncOnce(
    runtime: LocalRuntime,
    options: { progress: ((text: string) => void) | null; trigger?: 'local' | 'continuation' }
): SyncOutcome {
    const ports = options.progress
        ? { ...runtime.ports, store: new ProgressStore(runtime.ports.store, progressLine(options.progress)) }
        : runtime.ports
    const before = runtime.scheduler.continuations.length
    let job: JobReport
    try {
        job = runJob(
            ports,
            { trigger: options.trigger ?? 'local', connectionSysId: runtime.connectionSysId },
            createStager,
            { redactor: runtime.redactor }
        )
    } finally {
        if (options.progress) options.progress('\r\x1b[K')
    }
    const report = job.connections.find((c) => c.connectionSysId === runtime.connectionSysId) ?? job.connections[0]
    if (!report) throw new Error(`the job did not run connection "${runtime.config.name}"`)
    const later = runtime.scheduler.continuations
        .slice(before)
        .filter((c) => c.connectionSysId === runtime.connectionSysId)
    const continueAtMs = later.length > 0 ? Math.min(...later.map((c) => c.atMs)) : (report.deferredUntilMs ?? null)
    return { report, continueAtMs, database: runtime.config.database }
}

/** Invoices judged for the three-way match this run (issue 18): waiting is not a failure. */
function matchRows(m: MatchCounts | null): [string, string][] {
    if (!m || m.checked === 0) return []
    return [
        ['invoices checked for match', String(m.checked)],
        ['  ready', String(m.ready)],
        ['  waiting for PO', String(m.waiting_for_po)],
        ['  waiting for receipt', String(m.waiting_for_receipt)],
    ]
}

function renderSyncOutcome(outcome: SyncOutcome, config: LocalConfig): string {
    const r = outcome.report
    const rows: [string, string][] = [
        ['status', r.status],
        ['read', String(r.read)],
        ['staged', String(r.inserted + r.updated)],
        ['  inserted', String(r.inserted)],
        ['  updated', String(r.updated)],
        ['rejected by the transform', String(r.rejected)],
        ['duplicates', String(r.duplicates)],
        ['flagged', String(r.flagged)],
        ...Object.entries(r.flaggedByReason ?? {})
            .filter(([, n]) => n > 0)
            .map(([reason, n]): [string, string] => [
                `  ${FLAG_REASON_CHOICES[reason as keyof typeof FLAG_REASON_CHOICES]?.label ?? reason}`,
                String(n),
            ]),
        ['flags resolved', String(r.resolved)],
        ...matchRows(r.matchReadiness ?? null),
        ['errors', String(r.errors)],
        ['IFS requests', String(r.ifsRequests)],
        ['throttles', String(r.throttles)],
        ['elapsed', `${(r.elapsedMs / 1000).toFixed(1)} s`],
    ]
    const lines = [`Sync of "${config.name}"`, table(['', ''], rows).split('\n').slice(2).join('\n')]
    if (r.message) lines.push('', r.message)
    if (outcome.continueAtMs !== null)
        lines.push(`Deferred: run sync again after ${new Date(outcome.continueAtMs).toISOString()} to continue.`)
    lines.push('', `Staged into ${outcome.database} (open it with any SQLite client).`)
    return lines.join('\n')
}
