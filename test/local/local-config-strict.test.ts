import { BASE_CONFIG, problemsOf } from './config-problems'
import * as fs from 'fs'
import * as path from 'path'
import { parseLocalConfig } from '../../src/local/cli/local-config'
import { CONNECTION } from '../../src/tables'
import { runCli, tempDir, writeJson } from '../support/run-cli'

// Issue 15: a misspelt key used to be ignored and the run went ahead on defaults (`dryrun: true`
// ran for real). Every level of the file is strict now, and the message names the key meant.

const base = BASE_CONFIG

describe('unknown keys are refused with the nearest known one', () => {
    test.each([
        [{ ...base, dryrun: true }, 'dryrun: unknown key `dryrun` — did you mean `dryRun`?'],
        [{ ...base, limits: { pageSise: 100 } }, 'limits.pageSise: unknown key `pageSise` — did you mean `pageSize`?'],
        [{ ...base, ifs: { ...base.ifs, relm: 'acme' } }, 'ifs.relm: unknown key `relm` — did you mean `realm`?'],
        [
            { ...base, objects: { purchaseOrders: { entitySett: 'X.svc/Y' } } },
            'objects.purchaseOrders.entitySett: unknown key `entitySett` — did you mean `entitySet`?',
        ],
        [
            { ...base, servicenow: { instanceUrl: 'https://x.service-now.com', user: 'u', clientID: 'c' } },
            'servicenow.clientID: unknown key `clientID` — did you mean `clientId`?',
        ],
        [
            { ...base, localInstance: { rolls: ['admin'] } },
            'localInstance.rolls: unknown key `rolls` — did you mean `roles`?',
        ],
    ])('%j', (raw, message) => {
        expect(problemsOf(raw)).toEqual([message])
    })

    test('a key far from every known one lists the keys of its level instead', () => {
        expect(problemsOf({ ...base, limits: { colour: 'red' } })).toEqual([
            'limits.colour: unknown key `colour`; the keys here are pageSize, requestsPerMinute, timeBudgetSeconds, overlapSeconds, lookbackSeconds, headerWaitHours, removalChecksPerRun, maxInlineWaitSeconds',
        ])
    })

    test('an unknown object type keeps its own message and gains a suggestion', () => {
        expect(problemsOf({ ...base, objects: { supplierInvoice: {} } })).toEqual([
            'objects.supplierInvoice: unknown object type; the known ones are supplierInvoices and purchaseOrders and receipts — did you mean `supplierInvoices`?',
        ])
    })

    test('every unknown key of the file is listed, not only the first', () => {
        const problems = problemsOf({ ...base, dryrun: true, limits: { pageSise: 1, overlapSecs: 2 } })
        expect(problems).toHaveLength(3)
        expect(problems).toEqual(
            expect.arrayContaining([
                expect.stringMatching(/^dryrun: .*`dryRun`/),
                expect.stringMatching(/^limits\.pageSise: .*`pageSize`/),
                expect.stringMatching(/^limits\.overlapSecs: .*`overlapSeconds`/),
            ])
        )
    })

    test('a secret written under an unknown key is reported once, as a secret, without its value', () => {
        const problems = problemsOf({ ...base, ifs: { ...base.ifs, clientSecret: 'Sup3rS3cret' } })
        expect(problems).toEqual([
            'ifs.clientSecret: secrets are read from environment variables only; name the variable instead (…Env)',
        ])
    })
})

describe('wrong types and out-of-range values name the key', () => {
    test.each([
        [{ ...base, dryRun: 'yes' }, 'dryRun: must be true or false'],
        [{ ...base, name: 42 }, 'name: must be a non-empty string'],
        [{ ...base, ifs: 'https://acme.ifs.cloud' }, 'ifs: must be a JSON object'],
        [{ ...base, limits: [] }, 'limits: must be a JSON object'],
        [{ ...base, limits: { maxInlineWaitSeconds: '60' } }, 'limits.maxInlineWaitSeconds: must be a number'],
        [{ ...base, companies: ['10', 7] }, 'companies.1: must be a non-empty string'],
        [
            { ...base, objects: { supplierInvoices: { enabled: 1 } } },
            'objects.supplierInvoices.enabled: must be true or false',
        ],
        [
            { ...base, fieldMapPreset: 'full' },
            'fieldMapPreset: must be one of s2p_import, s2p_tables, legacy_procurement, brief',
        ],
        [{ ...base, localInstance: { roles: 'admin' } }, 'localInstance.roles: must be a list of strings'],
        [{ ...base, servicenow: { user: 'u' } }, 'servicenow.instanceUrl: required'],
    ])('%j', (raw, message) => {
        expect(problemsOf(raw)).toEqual([message])
    })

    test('ranges are the connection rule table’s, with its message, for every limit', () => {
        const cols = CONNECTION.columns
        const limits = [
            ['pageSize', 'page_size', cols.page_size],
            ['requestsPerMinute', 'request_ceiling', cols.request_ceiling],
            ['timeBudgetSeconds', 'time_budget_seconds', cols.time_budget_seconds],
            ['overlapSeconds', 'overlap_seconds', cols.overlap_seconds],
            ['lookbackSeconds', 'lookback_seconds', cols.lookback_seconds],
        ] as const
        for (const [key, column, { min, max, options }] of limits) {
            for (const value of [min - 1, max + 1, min + 0.5])
                expect(problemsOf({ ...base, limits: { [key]: value } })).toEqual([
                    `limits.${key} → ${column}: ${options.label} must be a whole number from ${min} to ${max} (is "${value}")`,
                ])
            expect(problemsOf({ ...base, limits: { [key]: min } })).toEqual([])
            expect(problemsOf({ ...base, limits: { [key]: max } })).toEqual([])
        }
    })

    test('a text setting too long for its column is refused with the rule’s message', () => {
        const max = CONNECTION.columns.name.options.maxLength
        expect(problemsOf({ ...base, name: 'n'.repeat(max + 1) })).toEqual([
            `name: Name is longer than ${max} characters`,
        ])
    })

    test('a rule that compares settings names the file’s key too', () => {
        const off = { supplierInvoices: { enabled: false }, purchaseOrders: { enabled: false } }
        expect(problemsOf({ ...base, objects: off })).toEqual([
            'objects → document_types: Turn on at least one document type (Supplier invoice or Purchase order or Receipt)',
        ])
    })

    test('a document type’s setting is checked by the type rule table, naming the file’s key and the row’s column', () => {
        expect(problemsOf({ ...base, objects: { purchaseOrders: { targetTable: 'proc_po;drop' } } })).toEqual([
            'objects.purchaseOrders.targetTable → purchase_order.target_table: Purchase order target table must be a table name (is "proc_po;drop")',
        ])
    })

    test('null still reads as an absent optional value', () => {
        const config = parseLocalConfig({ ...base, ifs: { ...base.ifs, tokenUrl: null }, limits: null }, '/cfg')
        expect(config.ifs.tokenUrl).toBeUndefined()
        expect(config.limits.maxInlineWaitSeconds).toBe(60)
    })
})

test('the CLI refuses a misspelt key with exit code 2 before it opens the database', async () => {
    const dir = tempDir('mlc-strict-')
    const file = writeJson(path.join(dir, 'config.json'), {
        ...base,
        dryrun: true,
        limits: { pageSise: 100 },
        database: 'strict.db',
    })
    for (const command of ['sync', 'status', 'ping']) {
        const result = await runCli([command, '--config', file], { ML_CONNECTOR_CLIENT_SECRET: 'x'.repeat(20) })
        expect({ command, code: result.code }).toEqual({ command, code: 2 })
        expect(result.stderr).toContain('dryrun: unknown key `dryrun` — did you mean `dryRun`?')
        expect(result.stderr).toContain('limits.pageSise: unknown key `pageSise` — did you mean `pageSize`?')
    }
    expect(fs.existsSync(path.join(dir, 'strict.db'))).toBe(false)
})
