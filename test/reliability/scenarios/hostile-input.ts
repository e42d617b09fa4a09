import Database from 'better-sqlite3'
import { emulatorForBlock } from '../block-fixtures'
import { IFS_DOCUMENTS } from '../../../src/local/emulator/dataset/ifs-schema'
import { syncUntilDone } from '../../../src/local/faults/sync-driver'
import { IMPORT_TARGETS } from '../../../src/local/faults/target-contract'
import type { EmulatedType as ObjectType } from '../../../src/local/emulator/dataset/emulated-types'
import type { EmulatorProcess } from '../../support/emulator-process'
import { assess, expectExactlyOnce, faultsFired, manifest, newWorld } from '../world'

/** Values that break naive query building (OData and encoded queries), storage or display. */
const HOSTILE_TEXTS: readonly string[] = [
    "O'Brien",
    "''",
    "') or 1 eq 1 or ('",
    'a^b',
    'x^ORsys_id!=0',
    '^NQactive=true',
    'a=b',
    'a,b,c',
    'line1\nline2\r\n',
    'nul\u0000byte',
    '%27%20or%20%27',
    '&$top=1&$filter=true',
    'L'.repeat(5000),
    '北京供应商',
    'Ωμέγα Ελλάς',
    'مورد',
    '💶 €',
    '  padded  ',
]

/** Company ids (a key field) that are hostile too. */
const HOSTILE_COMPANIES = ["O'Brien ^OR= co", '北京 Ωμέγα']

type Override = Record<string, string | number | null>

function hostileRows(objectType: ObjectType): Override[] {
    const f = IFS_DOCUMENTS[objectType]
    const textFields = [f.documentNumber, f.supplier, f.currency, f.glAccount, f.costCenter, f.state]
    if (f.poReference) textFields.push(f.poReference)
    const rows: Override[] = []
    for (const field of textFields) for (const value of HOSTILE_TEXTS) rows.push({ [field.name]: value })
    // Each key field of a purchase order is its number: hostile keys go into the cursor filter.
    const odd: Override[] = [
        // numbers as strings (plain decimals are valid amounts), nulls, future and impossible dates
        { [f.net.name]: '100.50', [f.tax.name]: '0', [f.gross.name]: '100.50' },
        { [f.net.name]: null },
        { [f.gross.name]: '1e309' },
        { [f.documentDate.name]: '2999-12-31' },
        { [f.documentDate.name]: '2025-02-30' },
        { [f.documentDate.name]: '0000-00-00' },
        { [f.created.name]: '2025-13-01T25:61:00Z' },
        { [f.created.name]: null },
        { [f.currency.name]: null },
        { [f.state.name]: null },
    ]
    if (f.due) odd.push({ [f.due.name]: '2025-04-31' })
    for (const company of HOSTILE_COMPANIES) odd.push({ [f.company.name]: company })
    return [...rows, ...odd]
}

export function hostileInputScenarios(): void {
    describe('hostile and bad input in every field that reaches a query or a record', () => {
        let emulator: EmulatorProcess
        emulatorForBlock((e) => (emulator = e), {
            args: ['--seed', '5', '--invoices', '60', '--orders', '40'],
            unthrottled: true,
        })

        test('quotes, ^, ^OR, =, commas, newlines, NUL, long and non-Latin text, odd types and dates: each row staged intact or flagged, no query refused', async () => {
            let added = 0
            for (const ot of ['supplier_invoice', 'purchase_order'] as const) {
                const overrides = hostileRows(ot)
                added += (
                    await emulator.control.post<{ added: number }>('rows', { objectType: ot, badShare: 0, overrides })
                ).added
            }
            // Also a 10 MB page in the middle of it.
            await emulator.control.setFaults({
                rules: [{ kind: 'huge_page', path: 'PurchaseOrderSet', requests: ['data'], after: 1, count: 1 }],
            })
            const before = await faultsFired(emulator)
            const statsBefore = await emulator.control.stats<{ byStatus: Record<string, number> }>()
            // Hostile company ids are refused in the configuration (see refusals), so rows that
            // carry them are out of scope: they must be neither staged nor flagged.
            const world = newWorld(emulator, { pageSize: 40 })
            const run = await syncUntilDone(world.target)
            const faults = (await faultsFired(emulator)) - before
            await emulator.control.clearFaults()
            const stats = await emulator.control.stats<{ byStatus: Record<string, number> }>()
            const a = await assess('hostile input + 10 MB page', world, {
                attempts: run.attempts,
                kills: 0,
                faults: faults + added,
            })
            expect(added).toBeGreaterThan(250)
            expect(faults).toBe(1)
            // No request the connector built was refused by the OData parser (an escaping bug shows as 400).
            expect((stats.byStatus['400'] ?? 0) - (statsBefore.byStatus['400'] ?? 0)).toBe(0)
            expect(run.attempts.every((x) => x.report?.errors === 0)).toBe(true)
            expectExactlyOnce(a)

            // Staged hostile values arrive byte for byte (trimmed): the manifest's expected values of
            // every staged hostile row were compared column by column (wrongValues is 0 above).
            expect(a.invariants.overriddenValuesChecked).toBeGreaterThan(5)
            const m = await manifest(emulator)
            const hostileNumbers = new Set(HOSTILE_TEXTS.map((t) => t.trim()))
            expect(
                m.documents.filter((d) => d.overridden && hostileNumbers.has(String(d.identity.documentNumber))).length
            ).toBeGreaterThan(5)
            // ...and at least six of them are staged under their hostile number.
            const db = new Database(world.database, { readonly: true })
            let staged = 0
            try {
                for (const ot of ['supplier_invoice', 'purchase_order'] as const) {
                    const t = IMPORT_TARGETS[ot]
                    const numbers = db.prepare(`SELECT ${t.columns.documentNumber} AS n FROM ${t.table}`).all() as {
                        n: string
                    }[]
                    staged += numbers.filter((r) => hostileNumbers.has(r.n)).length
                }
            } finally {
                db.close()
            }
            expect(staged).toBeGreaterThan(5)
        })
    })
}
