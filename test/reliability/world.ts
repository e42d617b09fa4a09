import * as fs from 'fs'
import * as path from 'path'
import type { LineManifest } from '../../src/local/emulator/dataset/line-manifest'
import type { Manifest } from '../../src/local/emulator/dataset/manifest'
import { checkInvariants, doubledOf, lostOf, wrongOf } from '../../src/local/faults/invariants'
import type { InvariantReport } from '../../src/local/faults/invariants'
import { encodedForms, namedSecrets, scanDatabase, scanTexts } from '../../src/local/faults/secret-scan'
import { seedSupplierMaster } from '../../src/local/faults/seed-supplier-master'
import type { ModelSupplier } from '../../src/local/s2p-model/seed-suppliers'
import type { SecretFinding } from '../../src/local/faults/secret-scan'
import type { ScenarioResult } from '../../src/local/faults/summary'
import type { SyncAttempt, SyncTarget } from '../../src/local/faults/sync-driver'
import { CLI_PATH, startEmulatorProcess } from '../support/emulator-process'
import type { EmulatorProcess } from '../support/emulator-process'
import { tempDir, writeJson } from '../support/run-cli'
import { recordRefusal, recordResult } from './results'

/** The client secret of every emulator in the suite: unique per run, so a hit is never a coincidence. */
export const SECRET = `rel-${process.pid}-${Date.now().toString(36)}-s3cr3t`
export const SECRET_ENV = { ML_CONNECTOR_CLIENT_SECRET: SECRET }
export const CONNECTION_NAME = 'Reliability'

/** Small enough for CI, big enough for several pages per partition and a tie wider than a page. */
export const SMALL_DATA = ['--seed', '11', '--invoices', '240', '--orders', '120', '--shared-stamp-rows', '70']

/**
 * Lines per document in every emulator of the suite (unless a block says otherwise): every page
 * still has lines on each of its documents, several per document, releases and receipts, as the
 * soak has them — without the emulator's default 1..30, whose ~5,000 lines and ~1,200 receipts per
 * world would make each of the suite's ~100 syncs half as slow again for no case the fewer lack.
 */
const LINES_PER_DOCUMENT = ['--lines-per-document', '1..6']

export function startEmulator(args: readonly string[] = SMALL_DATA): Promise<EmulatorProcess> {
    const lines = args.includes(LINES_PER_DOCUMENT[0]) ? [] : LINES_PER_DOCUMENT
    return startEmulatorProcess([...args, ...lines], { clientSecret: SECRET })
}

export interface World {
    emulator: EmulatorProcess
    companies: string[]
    dir: string
    configFile: string
    database: string
    target: SyncTarget
    /** The modelled supplier master was seeded from the emulator (seededWorld): the transform refuses some documents. */
    supplierMasterSeeded: boolean
    /** Lines and receipts are read, staged and judged (the default); false where a scenario keeps them off. */
    linesAndReceipts: boolean
}

export interface WorldOptions {
    pageSize?: number
    maxInlineWaitSeconds?: number
    /** Merged into the config file's top level. */
    config?: Record<string, unknown>
    /** Extra environment of the sync processes. */
    env?: Record<string, string>
    /**
     * Headers only: lines and receipts off in the config, and judged by headers alone. Only for a
     * scenario that lines would make meaningless; the scenario says why where it asks for it.
     */
    headersOnly?: boolean
}

/** The config's objects that keep a world to headers: no line sets read, no receipts. */
const HEADERS_ONLY = {
    supplierInvoices: { source: { lines: false } },
    purchaseOrders: { source: { lines: false } },
    receipts: { enabled: false },
}

/** A fresh database and config against an emulator: one scenario's runner. */
export function newWorld(emulator: EmulatorProcess, options: WorldOptions = {}): World {
    const dir = tempDir('mlc-rel-')
    const companies = ['10', '20']
    const database = path.join(dir, 'rel.db')
    const configFile = writeJson(path.join(dir, 'config.json'), {
        name: CONNECTION_NAME,
        // The default preset (s2p_import, transform run_now): judged against the import tables
        // (faults/target-contract.ts IMPORT_TARGETS) and what their modelled transform made of them.
        ifs: { url: emulator.url, realm: 'ifs', clientId: 'ml-connector', insecureLocalEmulator: true },
        companies,
        limits: { pageSize: options.pageSize ?? 50, maxInlineWaitSeconds: options.maxInlineWaitSeconds ?? 3 },
        database,
        // Lines and receipts as a user runs them: on by default (nothing about them configured), read,
        // staged and judged line by line and receipt by receipt (assess, faults/line-check.ts).
        ...(options.headersOnly ? { objects: HEADERS_ONLY } : {}),
        ...options.config,
    })
    return {
        emulator,
        companies,
        dir,
        configFile,
        database,
        target: {
            cliPath: CLI_PATH,
            configFile,
            database,
            connectionName: CONNECTION_NAME,
            env: { ...SECRET_ENV, ...options.env },
            // Debug logging everywhere: the secret scans then cover every log line the runner can print.
            verbose: true,
        },
        supplierMasterSeeded: false,
        linesAndReceipts: !options.headersOnly,
    }
}

/**
 * A world whose modelled ServiceNow supplier master holds what the emulator says it does (some
 * suppliers left out on purpose), as `npm start` seeds it: the import transform refuses exactly the
 * documents the manifest marks `importTransform: 'rejected'`, and assess() expects those refusals.
 */
export async function seededWorld(emulator: EmulatorProcess, options: WorldOptions = {}): Promise<World> {
    const world = newWorld(emulator, options)
    const { suppliers } = await emulator.control.get<{ suppliers: ModelSupplier[] }>('servicenow-suppliers')
    seedSupplierMaster(world.database, suppliers)
    return { ...world, supplierMasterSeeded: true }
}

/**
 * The emulator's manifest: every document IFS holds now, by IFS key, with what must become of it
 * and the values a staged record must hold — computed by the emulator, never by the engine.
 */
export async function manifest(emulator: EmulatorProcess): Promise<Manifest> {
    return emulator.control.manifest()
}

/** The emulator's line manifest: every document's lines, the receipts and the lines IFS deleted, as IFS holds them now. */
async function lineManifest(emulator: EmulatorProcess): Promise<LineManifest> {
    return emulator.control.get<LineManifest>('line-manifest')
}

async function issuedTokens(emulator: EmulatorProcess): Promise<string[]> {
    return (await emulator.control.get<{ tokens: string[] }>('tokens')).tokens
}

/** Faults the emulator has fired since it started (all kinds). */
export async function faultsFired(emulator: EmulatorProcess): Promise<number> {
    const stats = await emulator.control.stats<{ faultsInjected: Record<string, number> }>()
    return Object.values(stats.faultsInjected).reduce((a, b) => a + b, 0)
}

export function outputsOf(attempts: readonly SyncAttempt[]): Record<string, string> {
    const texts: Record<string, string> = {}
    attempts.forEach((a, i) => {
        texts[`run ${i + 1} stdout`] = a.stdout
        texts[`run ${i + 1} stderr`] = a.stderr
    })
    return texts
}

/** Every place the client secret or an issued token turned up: outputs, every table and column, raw files. */
export async function findSecrets(
    world: World,
    outputs: Readonly<Record<string, string>>,
    /** Secrets beyond the suite's SECRET (a scenario's own client secret or a password in a URL). */
    extra: readonly string[] = []
): Promise<SecretFinding[]> {
    const secrets = namedSecrets(SECRET, await issuedTokens(world.emulator))
    extra.forEach((value, i) => secrets.push(...encodedForms(`scenario secret #${i + 1}`, value)))
    const findings = scanTexts(outputs, secrets)
    if (fs.existsSync(world.database)) findings.push(...scanDatabase(world.database, secrets))
    return findings
}

export interface Assessment {
    invariants: InvariantReport
    secrets: SecretFinding[]
    result: ScenarioResult
}

/**
 * After a scenario has run to the end: compare source rows with what was staged and flagged, scan
 * for secrets, record the scenario's line of the summary table. Tests assert on the returned values.
 */
export async function assess(
    name: string,
    world: World,
    run: {
        attempts: readonly SyncAttempt[]
        kills: number
        faults: number
        /** Hardening scenarios: the class attacked, inputs tried, failures found beyond lost/doubled/secrets. */
        attackClass?: string
        inputs?: number
        otherFailures?: number
        /** Secrets to search for beyond SECRET and the issued tokens. */
        secrets?: readonly string[]
    }
): Promise<Assessment> {
    const invariants = checkInvariants(await manifest(world.emulator), {
        database: world.database,
        connectionName: CONNECTION_NAME,
        expectComplete: true,
        companies: world.companies,
        supplierMasterSeeded: world.supplierMasterSeeded,
        lines: world.linesAndReceipts ? await lineManifest(world.emulator) : undefined,
    })
    const secrets = await findSecrets(world, outputsOf(run.attempts), run.secrets)
    const result: ScenarioResult = {
        name,
        faultsInjected: run.faults + run.kills,
        killPointsSurvived: run.kills,
        recordsLost: lostOf(invariants),
        recordsDoubled: doubledOf(invariants),
        recordsWrong: wrongOf(invariants),
        secretsFound: secrets.length,
        attackClass: run.attackClass,
        inputs: run.inputs,
        otherFailures: run.otherFailures,
    }
    recordResult(result)
    return { invariants, secrets, result }
}

/**
 * After a scenario whose runs were meant to be refused or to fail (a partition that never
 * completes): there is no complete staging to compare with the manifest, so only the outputs and
 * the database are scanned for secrets and the scenario's line is recorded with the failures the
 * test counted (its lost/doubled/wrong columns stay 0: not judged here, the scenarios that run to
 * the end judge them).
 */
export async function assessRefused(
    name: string,
    world: World,
    run: {
        attempts: readonly SyncAttempt[]
        faults: number
        attackClass: string
        inputs: number
        otherFailures: number
    }
): Promise<{ secrets: SecretFinding[]; result: ScenarioResult }> {
    const secrets = await findSecrets(world, outputsOf(run.attempts))
    const result = recordRefusal({
        name,
        faultsInjected: run.faults,
        recordsWrong: 0,
        secretsFound: secrets.length,
        attackClass: run.attackClass,
        inputs: run.inputs,
        otherFailures: run.otherFailures,
    })
    return { secrets, result }
}

/**
 * The assertions every end-to-end scenario shares: nothing lost, nothing doubled, every staged
 * record holding the manifest's values, every document given the manifest's outcome, nothing leaked
 * — counting lines and receipts too where the world has them (every line and receipt once, changed
 * ones current, deleted lines marked where the connector marks them).
 */
export function expectExactlyOnce(a: Assessment): void {
    expect(a.invariants.problems).toEqual([])
    expect(a.invariants.sourceRows).toBeGreaterThan(0)
    expect(a.invariants.valuesChecked).toBeGreaterThan(0)
    expect(a.result.recordsLost).toBe(0)
    expect(a.result.recordsDoubled).toBe(0)
    expect(a.result.recordsWrong).toBe(0)
    expect(a.secrets).toEqual([])
    // With lines and receipts on, the judge found some of each to judge (the counts above include theirs).
    if (a.invariants.lines === null) return
    expect(a.invariants.lines.linesJudged).toBeGreaterThan(0)
    expect(a.invariants.lines.receiptsJudged).toBeGreaterThan(0)
}
