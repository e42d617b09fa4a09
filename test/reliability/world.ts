import * as fs from 'fs'
import * as path from 'path'
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

export function startEmulator(args: readonly string[] = SMALL_DATA): Promise<EmulatorProcess> {
    return startEmulatorProcess(args, { clientSecret: SECRET })
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
}

export interface WorldOptions {
    pageSize?: number
    maxInlineWaitSeconds?: number
    /** Merged into the config file's top level. */
    config?: Record<string, unknown>
    /** Extra environment of the sync processes. */
    env?: Record<string, string>
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
        ...options.config,
        // The scenarios judge invoices and orders by their manifest and fault every data set:
        // receipts (on by default with purchase orders) are judged by test/local/cli-receipts.test.ts.
        objects: { receipts: { enabled: false }, ...(options.config?.objects as object | undefined) },
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
 * record holding the manifest's values, every document given the manifest's outcome, nothing leaked.
 */
export function expectExactlyOnce(a: Assessment): void {
    expect(a.invariants.problems).toEqual([])
    expect(a.invariants.sourceRows).toBeGreaterThan(0)
    expect(a.invariants.valuesChecked).toBeGreaterThan(0)
    expect(a.result.recordsLost).toBe(0)
    expect(a.result.recordsDoubled).toBe(0)
    expect(a.result.recordsWrong).toBe(0)
    expect(a.secrets).toEqual([])
}
