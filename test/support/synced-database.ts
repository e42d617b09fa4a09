import Database from 'better-sqlite3'
import * as path from 'path'
import type { DatasetOptions } from '../../src/local/emulator/dataset/dataset-options'
import type { Manifest } from '../../src/local/emulator/dataset/manifest'
import { startEmulator } from '../../src/local/emulator/start-emulator'
import type { RunningEmulator } from '../../src/local/emulator/start-emulator'
import type { InvariantReport } from '../../src/local/faults/invariants'
import { emulatorTenant } from './emulator-for-block'
import { runCli, tempDir, writeJson } from './run-cli'

/**
 * One real sync (the built CLI against an in-process emulator) into a local database, and copies
 * of that database with one fault planted each: what the invariant checker's tests check the
 * checker against. The sync runs once per test file; every planted copy starts from its result.
 */
export interface SyncedDatabase {
    readonly emulator: RunningEmulator
    /** The database the sync wrote; never changed after the sync. */
    readonly file: string
    /** What the emulator served: what the checker compares the database with. */
    readonly manifest: Manifest
    /** A fresh copy of the synced database with `plant` applied to it (its file name). */
    planted(plant?: (db: Database.Database) => void): string
}

export interface SyncOptions {
    /** The temporary folder's name prefix. */
    tempPrefix: string
    dataset: DatasetOptions
    /** The connection's own config keys (name, companies, preset); tenant, limits and database are added. */
    connection: Record<string, unknown>
    /** Prepares the database before the sync (e.g. seeds ServiceNow's supplier master). */
    beforeSync?: (database: string, emulator: RunningEmulator) => void
}

export async function syncedDatabase(options: SyncOptions): Promise<SyncedDatabase> {
    const secret = `${options.tempPrefix}${process.pid}-secret`
    const emulator = await startEmulator({
        dataset: options.dataset,
        clients: [{ clientId: 'ml-connector', clientSecret: secret }],
        rateLimitPerMinute: 1_000_000,
    })
    const dir = tempDir(options.tempPrefix)
    const file = path.join(dir, 'synced.db')
    const config = writeJson(path.join(dir, 'config.json'), {
        ...options.connection,
        ifs: emulatorTenant(emulator.url),
        limits: { pageSize: 40, maxInlineWaitSeconds: 2 },
        database: file,
    })
    options.beforeSync?.(file, emulator)
    const run = await runCli(['sync', '--config', config, '--json'], { ML_CONNECTOR_CLIENT_SECRET: secret })
    if (run.code !== 0) throw new Error(`sync failed: ${run.stdout}${run.stderr}`)
    let copies = 0
    return {
        emulator,
        file,
        manifest: emulator.control.manifest(),
        planted(plant = () => {}) {
            return plantedCopy(file, path.join(dir, `copy-${++copies}.db`), plant)
        },
    }
}

/**
 * Copies the database `file` to `copy` (VACUUM INTO: a consistent copy whatever its WAL holds),
 * applies `plant` to the copy and gives the copy's file name; `file` is left as it was.
 */
export function plantedCopy(file: string, copy: string, plant: (db: Database.Database) => void = () => {}): string {
    const src = new Database(file, { readonly: true })
    try {
        src.prepare('VACUUM INTO ?').run(copy)
    } finally {
        src.close()
    }
    const db = new Database(copy)
    try {
        plant(db)
    } finally {
        db.close()
    }
    return copy
}

/** Inserts `row` as it is (a planted copy of a record already in the database). */
export function insertRow(db: Database.Database, table: string, row: Record<string, unknown>): void {
    const cols = Object.keys(row)
    db.prepare(`INSERT INTO ${table} (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')})`).run(
        ...cols.map((c) => row[c])
    )
}

/** The names of the checker's counters (the report's number fields). */
export type CheckerCounter = {
    [K in keyof InvariantReport]: InvariantReport[K] extends number ? K : never
}[keyof InvariantReport]

/** The named counters of a report that are not 0: the "what went wrong" part a planted fault must match. */
export function countersNotZero(report: InvariantReport, counters: readonly CheckerCounter[]): Record<string, number> {
    const out: Record<string, number> = {}
    for (const k of counters) if (report[k] !== 0) out[k] = report[k]
    return out
}
