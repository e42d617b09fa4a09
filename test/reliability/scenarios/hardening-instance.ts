import * as path from 'path'
import { canaryForBlock } from '../block-fixtures'
import { refuseManualFlagEdit } from '../../../src/server/core/actions/flag-edit-rules'
import { runCli, tempDir, writeJson } from '../../support/run-cli'
import { recordRefusal } from '../results'
import type { Canary } from '../loopback-servers'
import { SECRET, SECRET_ENV } from '../world'

/**
 * Hardening classes 10 and 11, the instance side.
 *
 * 10 server-side validation: the settings the connection form refuses are refused by the one rule
 * table wherever a connection is read. On the instance that is the business rule and the client
 * script (test/unit/ui/connection-client-script.test.ts runs both); end to end here, the CLI's
 * config file goes through the same table: each bad setting ends the run before any request, with
 * the rule's message naming the field.
 *
 * 11 flags closed without a trace: every state change a person could make by editing a flag, and
 * every edit of a closed flag's reason, is refused by the guard rule (the ACLs and the business
 * rule on the Glide double are tested in test/unit/ui/flag-state-guard.test.ts and the ACL matrix).
 */
export function hardeningInstanceScenarios(): void {
    describe('10 server-side validation: bad settings refused by the shared rule table', () => {
        let canary: Canary
        canaryForBlock((c) => (canary = c))

        type Case = [string, Record<string, unknown>, string]
        const base = {
            name: 'Hardening10',
            ifs: { url: 'https://acme.ifs.cloud', realm: 'ifs', clientId: 'ml-connector' },
            companies: ['10'],
            limits: { maxInlineWaitSeconds: 1 },
        }
        const ifs = (extra: Record<string, unknown>) => ({ ifs: { ...base.ifs, ...extra } })
        const limits = (extra: Record<string, unknown>) => ({ limits: { ...base.limits, ...extra } })
        const invoices = (entitySet: string) => ({ objects: { supplierInvoices: { enabled: true, entitySet } } })
        const CASES: Case[] = [
            [
                'a token URL with user info',
                ifs({ tokenUrl: 'https://user:pw@acme.ifs.cloud/auth/token' }),
                'ifs.tokenUrl: must not contain a user name or password (user@host)',
            ],
            [
                'a token URL on another host',
                ifs({ tokenUrl: 'https://login.evil.example/token' }),
                'token_url: Token URL override host "login.evil.example" is not under the allowed suffix "ifs.cloud"',
            ],
            [
                'a negative time budget',
                limits({ timeBudgetSeconds: -30 }),
                'time_budget_seconds: Time budget per run (s) must be a whole number from 10 to 3600 (is "-30")',
            ],
            [
                'a zero time budget',
                limits({ timeBudgetSeconds: 0 }),
                'time_budget_seconds: Time budget per run (s) must be a whole number from 10 to 3600 (is "0")',
            ],
            [
                'a fractional overlap',
                limits({ overlapSeconds: 2.5 }),
                'overlap_seconds: Clock-skew overlap (s) must be a whole number from 0 to 86400 (is "2.5")',
            ],
            [
                'a negative overlap',
                limits({ overlapSeconds: -1 }),
                'overlap_seconds: Clock-skew overlap (s) must be a whole number from 0 to 86400 (is "-1")',
            ],
            ['a company listed twice', { companies: ['10', '20', '10'] }, 'companies: Company id "10" is listed twice'],
            [
                'a company list with an empty entry',
                { companies: ['10,', '20'] },
                'companies: Companies has an empty entry: separate company ids by single commas (is "10,,20")',
            ],
            [
                'an entity set with a query',
                invoices('ManSuppInvoiceHandling.svc/PostingProposalHeadSet?$top=1'),
                'supplier_invoice.entity_set_path: Supplier invoice entity set must look like <Projection>.svc/<EntitySet>',
            ],
            [
                'an entity set with an unquoted placeholder',
                invoices('ManSuppInvoiceHandling.svc/Set({company})'),
                'supplier_invoice.entity_set_path: Supplier invoice entity set must look like <Projection>.svc/<EntitySet>',
            ],
            [
                'an entity set with unbalanced keys',
                invoices("ManSuppInvoiceHandling.svc/Set(Company='10'"),
                'supplier_invoice.entity_set_path: Supplier invoice entity set must look like <Projection>.svc/<EntitySet>',
            ],
        ]

        test.each(CASES)('refuses %s before any request, with the rule’s message', async (name, change, message) => {
            const dir = tempDir('mlc-h10-')
            const file = writeJson(path.join(dir, 'config.json'), { ...base, ...change, database: 'h10.db' })
            const hitsBefore = canary.hits.length
            const result = await runCli(['sync', '--config', file], SECRET_ENV)
            const output = result.stdout + result.stderr
            const failures = [
                result.code === 0 ? 'exit 0' : null,
                output.includes(message) ? null : 'message missing',
                canary.hits.length === hitsBefore ? null : 'a request left the machine',
            ].filter((f) => f !== null)
            const leaks = output.includes(SECRET) ? 1 : 0
            recordRefusal({
                name: `refuse ${name}`,
                faultsInjected: 1,
                secretsFound: leaks,
                attackClass: '10 server-side validation',
                inputs: 1,
                otherFailures: failures.length,
            })
            expect({ failures, output }).toEqual({ failures: [], output: expect.stringContaining(message) })
            expect(leaks).toBe(0)
        })
    })

    describe('11 flags closed without a trace: manual state changes refused', () => {
        test('every manual state change and every edit of a closed flag’s reason is refused, naming the action', () => {
            const states = ['open', 'retrying', 'resolved', 'ignored']
            const tried: string[] = []
            const slipped: string[] = []
            for (const from of states)
                for (const to of states) {
                    if (from === to) continue
                    tried.push(`${from}→${to}`)
                    const refusal = refuseManualFlagEdit(
                        { state: from, resolution_note: null },
                        { state: to, resolution_note: 'typed in list edit' }
                    )
                    if (refusal === null || !/use the (Retry|Ignore) action/i.test(refusal))
                        slipped.push(`${from}→${to}`)
                }
            for (const closed of ['resolved', 'ignored'])
                for (const note of ['', 'rewritten reason']) {
                    tried.push(`${closed} note→"${note}"`)
                    const refusal = refuseManualFlagEdit(
                        { state: closed, resolution_note: 'the recorded reason' },
                        { state: closed, resolution_note: note }
                    )
                    if (refusal === null) slipped.push(`${closed} note→"${note}"`)
                }
            recordRefusal({
                name: 'manual flag edits (state, closed reason)',
                faultsInjected: tried.length,
                secretsFound: 0,
                attackClass: '11 flags closed without a trace',
                inputs: tried.length,
                otherFailures: slipped.length,
            })
            expect(tried).toHaveLength(16)
            expect(slipped).toEqual([])
        })
    })
}
