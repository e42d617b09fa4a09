import Database from 'better-sqlite3'
import { canaryForBlock } from '../block-fixtures'
import * as path from 'path'
import { AUDIT } from '../../../src/tables'
import { syncUntilDone, runSyncOnce } from '../../../src/local/faults/sync-driver'
import type { SyncAttempt } from '../../../src/local/faults/sync-driver'
import type { EmulatorProcess } from '../../support/emulator-process'
import { runCli, tempDir, writeJson } from '../../support/run-cli'
import { recordRefusal } from '../results'
import { startCanary, startRedirectingProxy } from '../loopback-servers'
import type { Canary } from '../loopback-servers'
import {
    assess,
    expectExactlyOnce,
    findSecrets,
    newWorld,
    outputsOf,
    SECRET,
    SECRET_ENV,
    startEmulator,
} from '../world'

const HOSTILE_COMPANY = "O'Brien ^OR= co"

/**
 * Settings that must be refused before any request leaves the machine, with a message naming the
 * setting — through the CLI's config file, the way a user meets them.
 */
export function refusalScenarios(): void {
    describe('tenant URLs and configuration that must be refused', () => {
        let canary: Canary
        canaryForBlock((c) => (canary = c))

        const canaryPort = () => new URL(canary.url).port

        type Case = [string, () => Record<string, unknown>, RegExp]
        const base = () => ({
            name: 'Refused',
            ifs: { url: 'https://acme.ifs.cloud', realm: 'ifs', clientId: 'ml-connector' },
            companies: ['10'],
            limits: { maxInlineWaitSeconds: 1 },
        })
        const withIfs = (ifs: Record<string, unknown>) => () => ({ ...base(), ifs: { ...base().ifs, ...ifs } })
        const CASES: Case[] = [
            [
                'plain http://',
                withIfs({ url: `http://127.0.0.1:${'PORT'}` }),
                /tenant_url: Tenant URL must start with https:\/\//,
            ],
            [
                'user info',
                withIfs({ url: 'https://user:pw@acme.ifs.cloud' }),
                /must not contain a user name or password/,
            ],
            ['an IPv4 literal', withIfs({ url: `https://127.0.0.1:${'PORT'}` }), /must name a host, not an IP address/],
            ['an IPv6 literal', withIfs({ url: 'https://[::1]' }), /not an IPv6 address/],
            ['a host outside the suffix', withIfs({ url: 'https://acme.evil.com' }), /not under the allowed suffix/],
            [
                'a look-alike host',
                withIfs({ url: 'https://acme.ifs.cloud.evil.com' }),
                /"acme\.ifs\.cloud\.evil\.com" is not under the allowed suffix/,
            ],
            [
                'a token URL on another host',
                withIfs({ tokenUrl: `https://127.0.0.1:${'PORT'}/auth/realms/ifs/protocol/openid-connect/token` }),
                /token_url: .*IP address|token_url/,
            ],
            [
                'the emulator escape hatch pointed off this machine',
                withIfs({ url: 'http://10.0.0.1:8080', insecureLocalEmulator: true }),
                /insecureLocalEmulator is for an emulator on this machine only/,
            ],
            [
                'page size above 5000',
                () => ({ ...base(), limits: { pageSize: 5001, maxInlineWaitSeconds: 1 } }),
                /Page size must be a whole number from 1 to 5000/,
            ],
            [
                'request ceiling above 1000',
                () => ({ ...base(), limits: { requestsPerMinute: 1001, maxInlineWaitSeconds: 1 } }),
                /Requests per minute must be a whole number from 1 to 1000/,
            ],
            [
                'an unknown object type',
                () => ({ ...base(), objects: { salesOrders: { enabled: true } } }),
                /objects\.salesOrders: unknown object type/,
            ],
            [
                'a hostile company id',
                () => ({ ...base(), companies: ['10', HOSTILE_COMPANY] }),
                /Company id .* has characters IFS does not use/,
            ],
            [
                'a secret written into the file',
                () => ({ ...base(), ifs: { ...base().ifs, clientSecret: SECRET } }),
                /ifs\.clientSecret: secrets are read from environment variables only/,
            ],
        ]

        test.each(CASES)('refuses %s with a clear message and no request', async (name, make, message) => {
            const dir = tempDir('mlc-refuse-')
            const text = JSON.stringify(make()).split('PORT').join(canaryPort())
            const file = writeJson(path.join(dir, 'config.json'), { ...JSON.parse(text), database: 'r.db' })
            const hitsBefore = canary.hits.length
            const result = await runCli(['sync', '--config', file], SECRET_ENV)
            const output = result.stdout + result.stderr
            expect(result.code).not.toBe(0)
            expect(output).toMatch(message)
            expect(canary.hits.length).toBe(hitsBefore)
            const leaks = output.includes(SECRET) ? 1 : 0
            recordRefusal({
                name: `refuse ${name}`,
                faultsInjected: 1,
                secretsFound: leaks,
            })
            expect(leaks).toBe(0)
        })
    })

    describe('redirects to another host are not followed', () => {
        let emulator: EmulatorProcess
        let canary: Canary
        beforeAll(async () => {
            emulator = await startEmulator(['--seed', '3', '--invoices', '80', '--orders', '40'])
            canary = await startCanary()
        })
        afterAll(async () => {
            await emulator?.stop()
            await canary?.close()
        })

        test('a 302 on the token endpoint or a data page never reaches the other host; the run fails, then recovers', async () => {
            const proxy = await startRedirectingProxy(emulator.url, canary.url)
            try {
                const world = newWorld({ ...emulator, url: proxy.url })
                const attempts: SyncAttempt[] = []
                proxy.redirect = /PurchaseOrderSet/
                attempts.push(await runSyncOnce(world.target))
                proxy.redirect = /openid-connect\/token/
                attempts.push(await runSyncOnce(world.target))
                const redirected = proxy.redirected
                proxy.redirect = null
                const rest = await syncUntilDone(world.target)
                attempts.push(...rest.attempts)

                // Nothing, least of all the client secret or a bearer token, went to the other host.
                expect(redirected).toBeGreaterThanOrEqual(2)
                expect(canary.hits).toEqual([])
                expect(attempts[0].report?.status).not.toBe('succeeded')
                expect(attempts[0].report?.message).toMatch(/302/)
                // A redirected token request is refused (the token URL is wrong) with a message that
                // says so; the audit row says what the endpoint answered.
                expect(attempts[1].report?.status).not.toBe('succeeded')
                expect(attempts[1].report?.message).toMatch(
                    /token endpoint https?:\/\/[^\s@]+\/auth\/realms\/\w+\/protocol\/openid-connect\/token redirects \(HTTP 302\)/
                )
                const db = new Database(world.database, { readonly: true })
                const audits = db
                    .prepare(`SELECT message FROM ${AUDIT.name} WHERE operation = 'token_refresh'`)
                    .all() as { message: string }[]
                db.close()
                expect(audits.some((r) => /HTTP 302/.test(r.message))).toBe(true)
                const a = await assess('redirects to another host', world, { attempts, kills: 0, faults: redirected })
                expectExactlyOnce(a)
                expect(await findSecrets(world, outputsOf(attempts))).toEqual([])
            } finally {
                await proxy.close()
            }
        })
    })
}
