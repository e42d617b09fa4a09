import Database from 'better-sqlite3'
import * as path from 'path'
import type { Manifest } from '../../src/local/emulator/dataset/manifest'
import { checkInvariants } from '../../src/local/faults/invariants'
import { emulatorForBlock } from '../support/emulator-for-block'

// Lines are read by default: every document brings its lines, which takes longer than headers alone.
jest.setTimeout(120_000)

/**
 * The built CLI against an emulator with key twins: lower-case ones (PO0000001 and po0000001) and
 * trailing-space ones (PO0000001 and `PO0000001 `), each at its original's stamp. Under the
 * binary collation (Oracle's) they are distinct keys in a strict order; under the case-insensitive
 * one (SQL Server's default, also ignoring trailing spaces) they tie. The emulator writes nextLinks
 * relative to @odata.context (GL accounts come from CompanyFinanceSet(Company='…')/CodeAArray in
 * two pages). Judged by the manifest: every document staged or flagged once, twins included,
 * nothing lost, whichever collation the server sorts with.
 */
const SECRET = `it-secret-${process.pid}-${Date.now()}`
const INVOICES = 300
const ORDERS = 400
const TWINS = 40
const SPACE_TWINS = 30

/** The manifest's purchase orders whose numbers tie under a collation ignoring case and trailing spaces. */
function twinGroups(manifest: Manifest): Manifest['documents'][] {
    const groups = new Map<string, Manifest['documents']>()
    for (const doc of manifest.documents) {
        if (doc.objectType !== 'purchase_order' || doc.identity.documentNumber === null) continue
        const tie = `${doc.identity.company}|${doc.identity.documentNumber.replace(/ +$/, '').toLowerCase()}`
        groups.set(tie, [...(groups.get(tie) ?? []), doc])
    }
    return [...groups.values()].filter((g) => g.length > 1)
}

describe.each(['case-insensitive', 'binary'] as const)('under the %s collation', (collation) => {
    const block = emulatorForBlock({
        args: [
            ...['--seed', '9', '--invoices', String(INVOICES), '--orders', String(ORDERS)],
            ...['--key-twins', String(TWINS), '--space-twins', String(SPACE_TWINS)],
            ...['--collation', collation, '--next-links', 'context-relative'],
        ],
        clientSecret: SECRET,
        tempPrefix: 'mlc-collation-',
    })

    test('every document, key twins included, is staged or flagged once; relative nextLinks on navigation paths are followed', async () => {
        const result = await block.sync({
            name: 'Collation',
            // The default preset (import tables), judged by faults/target-contract.ts IMPORT_TARGETS.
            companies: ['10', '20'],
            limits: { pageSize: 50, maxInlineWaitSeconds: 5 },
            // Headers judged by their manifest: receipts (on by default with purchase orders) have cli-receipts.test.ts.
            objects: { receipts: { enabled: false } },
            database: 'sync.db',
        })
        expect(result.stderr).toBe('')
        expect(result.code).toBe(0)
        const manifest = await block.emulator.control.manifest()
        const report = checkInvariants(manifest, {
            database: path.join(block.dir, 'sync.db'),
            connectionName: 'Collation',
            expectComplete: true,
            companies: ['10', '20'],
        })
        expect(report.problems).toEqual([])
        expect(report.sourceRows).toBe(INVOICES + ORDERS + TWINS + SPACE_TWINS)

        // Each twin the manifest expects staged has its own order import row, under its exact number.
        const groups = twinGroups(manifest)
        expect(groups.length).toBe(Math.max(TWINS, SPACE_TWINS))
        const db = new Database(path.join(block.dir, 'sync.db'), { readonly: true })
        try {
            const staged = new Set(
                (
                    db.prepare('SELECT u_legal_entity, u_erp_po_number FROM sn_fcms_intg_imp_order').all() as {
                        u_legal_entity: string
                        u_erp_po_number: string
                    }[]
                ).map((r) => JSON.stringify([r.u_legal_entity, r.u_erp_po_number]))
            )
            const expectedStaged = groups.flat().filter((d) => d.expected.outcome === 'staged')
            expect(expectedStaged.length).toBeGreaterThan(TWINS)
            const missing = expectedStaged.filter(
                (d) => !staged.has(JSON.stringify([d.identity.company, d.identity.documentNumber]))
            )
            expect(missing.map((d) => d.identity.documentNumber)).toEqual([])
            expect(expectedStaged.some((d) => d.identity.documentNumber?.endsWith(' '))).toBe(true)
        } finally {
            db.close()
        }
    })
})
