import Database from 'better-sqlite3'
import * as fs from 'fs'
import { closedLocalPort, unreachableTenants } from '../support/unreachable-tenants'
import * as path from 'path'
import { ECHO_ENCODINGS } from '../../src/local/emulator/faults/fault-plan'
import type { EchoEncoding } from '../../src/local/emulator/faults/fault-plan'
import { namedSecrets, scanDatabase, scanTexts } from '../../src/local/faults/secret-scan'
import { RUN } from '../../src/tables'
import { startEmulatorProcess } from '../support/emulator-process'
import { startedTogether } from '../support/started-together'
import type { EmulatorProcess } from '../support/emulator-process'
import { runCli, tempDir, writeJson } from '../support/run-cli'
import type { CliResult } from '../support/run-cli'
import { startTestHttpServer } from '../support/test-http-server'
import type { TestServer } from '../support/test-http-server'

/**
 * Hardening (issue 13) through the CLI as a user meets it: an IFS that echoes the client secret or
 * a token in any encoding (items 1 and 2), URLs with user info (item 3) and transport failures
 * that must say their cause (item 9).
 */
jest.setTimeout(180_000)

/** Every character an encoder changes: `+ / = & " \ space < > '`, unique per run. */
const SECRET = `h1+s/e=c&r"e\\t <x>'${process.pid}-${Date.now().toString(36)}`
const SHORT_SECRET = 'q7/'

let emulator: EmulatorProcess
let shortEmulator: EmulatorProcess
let dir: string

beforeAll(async () => {
    ;[emulator, shortEmulator] = await startedTogether(
        startEmulatorProcess(['--seed', '4', '--invoices', '20', '--orders', '10'], { clientSecret: SECRET }),
        startEmulatorProcess(['--seed', '5', '--invoices', '10', '--orders', '5'], { clientSecret: SHORT_SECRET })
    )
    dir = tempDir('mlc-h1-')
})
afterAll(async () => {
    await Promise.all([emulator?.stop(), shortEmulator?.stop()])
})

let n = 0
function configFor(
    url: string,
    ifs: Record<string, unknown> = {},
    top: Record<string, unknown> = {}
): { file: string; database: string } {
    const database = path.join(dir, `h1-${++n}.db`)
    const file = writeJson(path.join(dir, `h1-${n}.json`), {
        name: 'Hardening',
        ifs: { url, realm: 'ifs', clientId: 'ml-connector', insecureLocalEmulator: true, ...ifs },
        companies: ['10', '20'],
        limits: { maxInlineWaitSeconds: 1 },
        database,
        ...top,
    })
    return { file, database }
}

function outputs(results: Record<string, CliResult>): Record<string, string> {
    const texts: Record<string, string> = {}
    for (const [name, r] of Object.entries(results)) {
        texts[`${name} stdout`] = r.stdout
        texts[`${name} stderr`] = r.stderr
    }
    return texts
}

function runMessages(database: string): string[] {
    const db = new Database(database, { readonly: true })
    try {
        return (db.prepare(`SELECT message FROM ${RUN.name} ORDER BY started_at`).all() as { message: string }[]).map(
            (r) => r.message ?? ''
        )
    } finally {
        db.close()
    }
}

describe('1 encoded echoes: a secret or token IFS echoes back never leaves the connector', () => {
    afterEach(async () => {
        await emulator.control.clearFaults()
    })

    test.each(ECHO_ENCODINGS.map((e) => [e]))(
        'echo %s: nothing in sync output, --json, status, status --json or the database',
        async (encoding: EchoEncoding) => {
            const { file, database } = configFor(emulator.url)
            const env = { ML_CONNECTOR_CLIENT_SECRET: SECRET }
            const firedBefore = await echoesFired(emulator)
            // The token endpoint echoes the client secret, then a data request echoes the token.
            await emulator.control.setFaults({ rules: [{ kind: 'echo', encoding, requests: ['token'], count: 1 }] })
            const tokenEcho = await runCli(['sync', '--config', file, '--json', '--verbose'], env)
            await emulator.control.setFaults({
                rules: [{ kind: 'echo', encoding, requests: ['data'], count: 1, status: 400 }],
            })
            const dataEcho = await runCli(['sync', '--config', file, '--verbose'], env)
            await emulator.control.clearFaults()
            const status = await runCli(['status', '--config', file], env)
            const statusJson = await runCli(['status', '--config', file, '--json'], env)
            expect(await echoesFired(emulator)).toBe(firedBefore + 2)

            const secrets = namedSecrets(SECRET, await issuedTokens(emulator))
            const texts = outputs({ tokenEcho, dataEcho, status, statusJson })
            expect(scanTexts(texts, secrets)).toEqual([])
            expect(scanDatabase(database, secrets)).toEqual([])

            // The echoes did reach the outputs — scrubbed.
            expect(tokenEcho.code).toBe(1)
            expect(dataEcho.code).toBe(1)
            if (encoding !== 'text')
                expect(JSON.parse(tokenEcho.stdout).report.message).toMatch(/Invalid client credentials: \S*\*\*\*/)
            expect(dataEcho.stdout).toMatch(/Rejected credential \S*\*\*\*/)
            // Both runs started within the same second: either may be listed first.
            const listed = (JSON.parse(statusJson.stdout) as { runs: { message: string }[] }).runs.map((r) => r.message)
            expect(listed.some((m) => /Rejected credential \S*\*\*\*/.test(m))).toBe(true)
        }
    )

    async function echoesFired(e: EmulatorProcess): Promise<number> {
        const stats = await e.control.stats<{ faultsInjected: Record<string, number> }>()
        return stats.faultsInjected.echo ?? 0
    }
})

describe('2 short secrets: a three-character client secret echoed back is scrubbed too', () => {
    afterEach(async () => {
        await shortEmulator.control.clearFaults()
    })

    test.each<[EchoEncoding, string]>([
        ['raw', SHORT_SECRET],
        ['url', encodeURIComponent(SHORT_SECRET)],
        ['url_lower', encodeURIComponent(SHORT_SECRET).toLowerCase()],
        ['json_unicode', 'q7\\u002f'],
        ['html', SHORT_SECRET],
    ])('echo %s (%s)', async (encoding, echoed) => {
        const { file, database } = configFor(shortEmulator.url)
        const env = { ML_CONNECTOR_CLIENT_SECRET: SHORT_SECRET }
        await shortEmulator.control.setFaults({ rules: [{ kind: 'echo', encoding, requests: ['token'], count: 1 }] })
        const sync = await runCli(['sync', '--config', file, '--json', '--verbose'], env)
        const status = await runCli(['status', '--config', file, '--json'], env)
        expect(sync.code).toBe(1)
        expect(JSON.parse(sync.stdout).report.message).toMatch(/Invalid client credentials: \*\*\*/)
        for (const text of [sync.stdout, sync.stderr, status.stdout, status.stderr]) {
            expect(text).not.toContain(`credentials: ${echoed}`)
            expect(text).not.toContain(SHORT_SECRET)
            expect(text).not.toContain(encodeURIComponent(SHORT_SECRET))
        }
        const db = fs.readFileSync(database).toString('utf8')
        expect(db).not.toContain(`credentials: ${echoed}`)
        // The run went on normally afterwards: the short secret works, and was scrubbed everywhere.
        const next = await runCli(['sync', '--config', file, '--json'], env)
        expect(next.code).toBe(0)
        expect(next.stdout).not.toContain(SHORT_SECRET)
    })
})

describe('3 secrets in URLs: user info is refused before anything is stored, in every mode', () => {
    const PASSWORD = `pw-${process.pid}-Zx9`
    type Case = [string, () => { url: string; ifs?: Record<string, unknown>; top?: Record<string, unknown> }, RegExp]
    const CASES: Case[] = [
        [
            'emulator mode, user and password',
            () => ({ url: emulator.url.replace('http://', `http://admin:${PASSWORD}@`) }),
            /ifs\.url: must not contain a user name or password/,
        ],
        [
            'emulator mode, a token as the user name',
            () => ({ url: emulator.url.replace('http://', `http://${PASSWORD}@`) }),
            /ifs\.url: must not contain a user name or password/,
        ],
        [
            'a real tenant',
            () => ({ url: `https://admin:${PASSWORD}@acme.ifs.cloud`, ifs: { insecureLocalEmulator: false } }),
            /ifs\.url: must not contain a user name or password/,
        ],
        [
            'percent-encoded user info',
            () => ({
                url: `https://a%40b:${encodeURIComponent(PASSWORD + '/:@')}@acme.ifs.cloud`,
                ifs: { insecureLocalEmulator: false },
            }),
            /ifs\.url: must not contain a user name or password/,
        ],
        [
            'the token URL',
            () => ({
                url: emulator.url,
                ifs: {
                    tokenUrl: `${emulator.url.replace('http://', `http://u:${PASSWORD}@`)}/auth/realms/ifs/protocol/openid-connect/token`,
                },
            }),
            /ifs\.tokenUrl: must not contain a user name or password/,
        ],
        [
            'the ServiceNow instance URL',
            () => ({
                url: emulator.url,
                top: {
                    servicenow: { instanceUrl: `https://svc:${PASSWORD}@dev.service-now.com`, user: 'svc' },
                },
            }),
            /servicenow\.instanceUrl: must not contain a user name or password/,
        ],
    ]

    test.each(CASES)(
        '%s: sync, ping and status refuse it (exit 2), print no password, store nothing',
        async (_n, make, message) => {
            const c = make()
            const { file, database } = configFor(c.url, c.ifs, c.top)
            const env = { ML_CONNECTOR_CLIENT_SECRET: SECRET }
            for (const command of ['sync', 'ping', 'status']) {
                const result = await runCli([command, '--config', file], env)
                const output = result.stdout + result.stderr
                expect(result.code).toBe(2)
                expect(output).toMatch(message)
                expect(output).not.toContain(PASSWORD)
                expect(output).not.toContain(encodeURIComponent(PASSWORD))
            }
            expect(fs.existsSync(database)).toBe(false)
        }
    )

    test('an existing connection is not overwritten with a URL carrying a password', async () => {
        const good = configFor(emulator.url)
        const env = { ML_CONNECTOR_CLIENT_SECRET: SECRET }
        expect((await runCli(['sync', '--config', good.file], env)).code).toBe(0)
        const bad = writeJson(path.join(dir, 'h1-bad.json'), {
            ...JSON.parse(fs.readFileSync(good.file, 'utf8')),
            ifs: {
                url: emulator.url.replace('http://', `http://admin:${PASSWORD}@`),
                realm: 'ifs',
                clientId: 'ml-connector',
                insecureLocalEmulator: true,
            },
        })
        const refused = await runCli(['sync', '--config', bad], env)
        expect(refused.code).toBe(2)
        const secrets = [{ name: 'password', value: PASSWORD }]
        expect(scanDatabase(good.database, secrets)).toEqual([])
        expect(scanTexts({ out: refused.stdout + refused.stderr }, secrets)).toEqual([])
    })
})

describe('9 errors that say what happened: sync, status and the run record name the cause', () => {
    let plain: TestServer
    let closedPort: number
    beforeAll(async () => {
        plain = await startTestHttpServer()
        closedPort = await closedLocalPort()
    })
    afterAll(async () => {
        await plain?.stop()
    })

    test.each(unreachableTenants(() => ({ closedPort, plainUrl: plain.url })))('%s', async (_name, settings, cause) => {
        const { url, ...ifs } = settings()
        const { file, database } = configFor(url, ifs)
        const env = { ML_CONNECTOR_CLIENT_SECRET: SECRET }
        const json = await runCli(['sync', '--config', file, '--json'], env)
        const text = await runCli(['sync', '--config', file], env)
        const status = await runCli(['status', '--config', file], env)
        const statusJson = await runCli(['status', '--config', file, '--json'], env)
        const expected = cause()
        expect(JSON.parse(json.stdout).report.message).toContain(expected)
        expect(text.stdout).toContain(expected)
        expect(status.stdout).toContain(expected)
        expect(JSON.parse(statusJson.stdout).runs[0].message).toContain(expected)
        for (const m of runMessages(database)) expect(m).toContain(expected)
        expect(scanTexts(outputs({ json, text, status, statusJson }), namedSecrets(SECRET, []))).toEqual([])
    })
})

async function issuedTokens(e: EmulatorProcess): Promise<string[]> {
    return (await e.control.get<{ tokens: string[] }>('tokens')).tokens
}
