import { FLAG, FLAG_REASON_CHOICES } from '../../../tables/flag'
import { RUN } from '../../../tables/run'
import type { Store } from '../../../server/ports/store'
import { describeStoredCursor } from '../../../server/core/sync/cursor'
import { partitionSummaries } from '../../../server/core/sync/sync-state'
import { parseCommonArgs } from '../args'
import { EXIT, scrubbedIo, table } from '../cli-io'
import type { CliIo } from '../cli-io'
import { loadLocalConfig } from '../local-config'
import { openRuntime } from '../local-runtime'

interface StatusReport {
    connection: string
    database: string
    runs: Record<string, string | null>[]
    openFlagsByReason: Record<string, number>
    partitions: {
        objectType: string | null
        cursor: string | null
        deferredUntil: string | null
        /** Why it is deferred (the cause: throttled, DNS name not found, TLS handshake failed, ...). */
        deferReason: string | null
        lastError: string | null
    }[]
}

const RUN_FIELDS = [
    'number',
    'trigger',
    'started_at',
    'status',
    'read_count',
    'inserted_count',
    'updated_count',
    'duplicate_count',
    'flagged_count',
    'rejected_count',
    'ifs_requests',
    'throttles',
    'duration_ms',
    'message',
] as const

/** `ml-connector status --config FILE [--json]`: last runs and open flags by reason, from the database. */
export function runStatus(argv: readonly string[], io: CliIo): number {
    const args = parseCommonArgs(argv, true)
    const config = loadLocalConfig(args.config)
    const runtime = openRuntime(config, { logLevel: 'silent', env: io.env, writeConnection: false })
    // Stored texts were scrubbed when written; this also catches the client secret in any encoding
    // should a row have been written by an older version.
    const safe = scrubbedIo(io, runtime.redactor)
    try {
        if (!runtime.connectionSysId) {
            io.err(
                `No connection "${config.name}" in ${config.database} yet: run \`ml-connector sync --config ${args.config}\` first.`
            )
            return EXIT.failed
        }
        const report = statusReport(runtime.store, {
            sysId: runtime.connectionSysId,
            name: config.name,
            database: config.database,
        })
        if (args.json) safe.out(JSON.stringify(report, null, 2))
        else safe.out(renderStatus(report))
        return EXIT.ok
    } finally {
        runtime.close()
    }
}

/** The connection the report is about: its row, and its name and database as the file gives them. */
interface ReportedConnection {
    sysId: string
    name: string
    database: string
}

function statusReport(store: Store, connection: ReportedConnection, runs = 10): StatusReport {
    const byConnection = [{ field: 'connection', op: '=' as const, value: connection.sysId }]
    const runRows = store.query(RUN.name, {
        where: byConnection,
        orderBy: [{ field: 'started_at', descending: true }],
        limit: runs,
    })
    const openFlagsByReason: Record<string, number> = {}
    for (const reason of Object.keys(FLAG_REASON_CHOICES)) {
        const n = store.count(FLAG.name, [
            ...byConnection,
            { field: 'state', op: '=', value: 'open' },
            { field: 'reason', op: '=', value: reason },
        ])
        if (n > 0) openFlagsByReason[reason] = n
    }
    const partitions = partitionSummaries(store, connection.sysId).map((s) => ({
        ...s,
        cursor: describeStoredCursor(s.cursor),
    }))
    return {
        connection: connection.name,
        database: connection.database,
        runs: runRows.map((r) => Object.fromEntries(RUN_FIELDS.map((f) => [f, r[f] ?? null]))),
        openFlagsByReason,
        partitions,
    }
}

function renderStatus(report: StatusReport): string {
    const out: string[] = [`Connection "${report.connection}" in ${report.database}`, '']
    out.push('Last runs:')
    out.push(
        report.runs.length === 0
            ? '  (none)'
            : table(
                  ['started (UTC)', 'trigger', 'status', 'read', 'ins', 'upd', 'dup', 'flag', 'rej', 'reqs', 'ms'],
                  report.runs.map((r) => [
                      r.started_at ?? '',
                      r.trigger ?? '',
                      r.status ?? '',
                      r.read_count ?? '0',
                      r.inserted_count ?? '0',
                      r.updated_count ?? '0',
                      r.duplicate_count ?? '0',
                      r.flagged_count ?? '0',
                      r.rejected_count ?? '0',
                      r.ifs_requests ?? '0',
                      r.duration_ms ?? '',
                  ])
              )
    )
    const last = report.runs[0]
    if (last?.message)
        out.push('', `Last run (${last.status ?? ''}):`, ...last.message.split('\n').map((l) => `  ${l}`))
    out.push('', 'Open flags by reason:')
    const reasons = Object.entries(report.openFlagsByReason)
    out.push(
        reasons.length === 0
            ? '  (none)'
            : reasons
                  .map(
                      ([reason, n]) =>
                          `  ${FLAG_REASON_CHOICES[reason as keyof typeof FLAG_REASON_CHOICES].label}: ${n}`
                  )
                  .join('\n')
    )
    out.push('', 'Partitions:')
    for (const p of report.partitions)
        out.push(
            `  ${p.objectType}: cursor ${p.cursor ?? '(start)'}${p.deferredUntil ? `, deferred until ${p.deferredUntil}` : ''}${
                p.deferredUntil && p.deferReason ? ` (${p.deferReason})` : ''
            }${p.lastError ? `, last error: ${p.lastError}` : ''}`
        )
    return out.join('\n')
}
