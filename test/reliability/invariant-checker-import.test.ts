import Database from 'better-sqlite3'
import type { ManifestDocument } from '../../src/local/emulator/dataset/manifest'
import { checkInvariants } from '../../src/local/faults/invariants'
import type { InvariantReport } from '../../src/local/faults/invariants'
import { seedSupplierMaster } from '../../src/local/faults/seed-supplier-master'
import { FLAG } from '../../src/tables'
import { countersNotZero, insertRow, syncedDatabase } from '../support/synced-database'
import type { SyncedDatabase } from '../support/synced-database'

/**
 * The checker on the default preset's import tables: one real sync (s2p_import, the modelled
 * transform run at once, ServiceNow's supplier master seeded from the emulator) must pass; then each
 * test plants one fault the import tables can have — a refusal lost, a refusal where none is due, a
 * row never transformed, the produced invoice deleted, doubled or changed — and expects exactly it.
 */
const NAME = 'Import checker'
const COMPANIES = ['10', '20']
const INVOICES = 'sn_spend_intg_imp_invoice'
let world: SyncedDatabase

beforeAll(async () => {
    world = await syncedDatabase({
        tempPrefix: 'mlc-checker-import-',
        dataset: { seed: 37, invoices: 150, orders: 40, badShare: 0.05 },
        connection: { name: NAME, companies: COMPANIES },
        beforeSync: (database, emulator) => seedSupplierMaster(database, emulator.control.serviceNowSuppliers()),
    })
})
afterAll(async () => {
    await world?.emulator.close()
})

function check(database: string, seeded = true): InvariantReport {
    return checkInvariants(world.manifest, {
        database,
        connectionName: NAME,
        expectComplete: true,
        companies: COMPANIES,
        supplierMasterSeeded: seeded,
    })
}

function faults(r: InvariantReport): Record<string, number> {
    return countersNotZero(r, ['lost', 'stagedAndFlagged', 'doubled', 'orphans', 'wrongValues', 'wrongOutcomes'])
}

/** Staged invoices the manifest expects the transform to accept or refuse. */
function invoices(transform: 'accepted' | 'rejected'): ManifestDocument[] {
    return world.manifest.documents.filter(
        (d) =>
            d.objectType === 'supplier_invoice' &&
            d.expected.outcome === 'staged' &&
            d.expected.importTransform === transform
    )
}

/** The document's import row, found by the columns the README says it carries. */
function importRow(db: Database.Database, d: ManifestDocument): Record<string, unknown> {
    const row = db
        .prepare(
            `SELECT * FROM ${INVOICES} WHERE u_legal_entity = ? AND u_external_invoice_number = ? AND u_supplier = ? ORDER BY rowid DESC`
        )
        .get(d.identity.company, d.identity.documentNumber, d.identity.supplierNumber) as Record<string, unknown>
    if (!row) throw new Error(`no import row for ${JSON.stringify(d.key)}`)
    return row
}

test('the real sync passes, with the refusals the manifest expects', () => {
    const r = check(world.file)
    expect(r.problems).toEqual([])
    expect(faults(r)).toEqual({})
    expect(invoices('rejected').length).toBeGreaterThan(2)
    expect(r.refusedByTransform).toBe(
        world.manifest.documents.filter(
            (d) => d.expected.outcome === 'staged' && d.expected.importTransform === 'rejected'
        ).length
    )
    expect(r.producedChecked).toBe(
        world.manifest.documents.filter(
            (d) => d.expected.outcome === 'staged' && d.expected.importTransform === 'accepted'
        ).length
    )
})

test('judged as if the master were empty, every refusal is a wrong outcome', () => {
    const refused = world.manifest.documents.filter(
        (d) => d.expected.outcome === 'staged' && d.expected.importTransform === 'rejected'
    ).length
    expect(faults(check(world.file, false))).toEqual({ wrongOutcomes: refused })
})

/** Deletes the refusal flag of the victim's document. */
function deleteRefusalFlag(db: Database.Database, victim: ManifestDocument): void {
    db.prepare(
        `DELETE FROM ${FLAG.name} WHERE company = ? AND document_number = ? AND reason = 'transform_rejected'`
    ).run(victim.identity.company, victim.identity.documentNumber)
}

/**
 * One fault planted on the first invoice the manifest expects the transform to accept or refuse:
 * the counters it must leave (and no other), and a part of the one problem it must report where
 * the test names one.
 */
type PlantedFault = [
    title: string,
    victim: 'accepted' | 'rejected',
    plant: (db: Database.Database, victim: ManifestDocument) => void,
    counters: Record<string, number>,
    problem?: string,
]

const PLANTED: PlantedFault[] = [
    ['a refused row whose flag is gone is a wrong outcome', 'rejected', deleteRefusalFlag, { wrongOutcomes: 1 }],
    [
        'a row accepted though its supplier is unknown to ServiceNow is a wrong outcome',
        'rejected',
        (db, victim) => {
            db.prepare(`UPDATE ${INVOICES} SET sys_import_state = 'inserted' WHERE sys_id = ?`).run(
                importRow(db, victim).sys_id
            )
            deleteRefusalFlag(db, victim)
        },
        { wrongOutcomes: 1 },
    ],
    [
        'a row left pending was never transformed: lost',
        'accepted',
        (db, victim) => {
            db.prepare(`UPDATE ${INVOICES} SET sys_import_state = 'pending' WHERE sys_id = ?`).run(
                importRow(db, victim).sys_id
            )
        },
        { lost: 1 },
        'never transformed',
    ],
    [
        'the invoice an accepted row names is gone: lost',
        'accepted',
        (db, victim) => {
            db.prepare('DELETE FROM sn_shop_invoice WHERE sys_id = ?').run(importRow(db, victim).sys_target_sys_id)
        },
        { lost: 1 },
    ],
    [
        'a second row of one document that made a second invoice: doubled',
        'accepted',
        (db, victim) => {
            const row = importRow(db, victim)
            const invoice = db
                .prepare('SELECT * FROM sn_shop_invoice WHERE sys_id = ?')
                .get(row.sys_target_sys_id) as Record<string, unknown>
            insertRow(db, 'sn_shop_invoice', { ...invoice, sys_id: 'f'.repeat(32) })
            insertRow(db, INVOICES, {
                ...row,
                sys_id: 'e'.repeat(32),
                sys_target_sys_id: 'f'.repeat(32),
                sys_import_state: 'updated',
            })
        },
        { doubled: 1 },
        'produced 2 sn_shop_invoice records',
    ],
    [
        "an invoice holding another subtotal than the manifest's is a wrong value",
        'accepted',
        (db, victim) => {
            db.prepare('UPDATE sn_shop_invoice SET subtotal = -1 WHERE sys_id = ?').run(
                importRow(db, victim).sys_target_sys_id
            )
        },
        { wrongValues: 1 },
        'subtotal = -1',
    ],
]

// Every row gets its fifth element: with fewer, jest would pass `done` as the fifth argument.
test.each(
    PLANTED.map(([title, outcome, plant, counters, problem]) => [title, outcome, plant, counters, problem] as const)
)('%s', (_title, outcome, plant, counters, problem) => {
    const victim = invoices(outcome)[0]
    const r = check(world.planted((db) => plant(db, victim)))
    expect(faults(r)).toEqual(counters)
    if (problem !== undefined) expect(r.problems).toEqual([expect.stringContaining(problem)])
})

test('an invoice produced by no import row is an orphan', () => {
    const file = world.planted((db) =>
        db.prepare('INSERT INTO sn_shop_invoice (sys_id, subtotal) VALUES (?, 1)').run('d'.repeat(32))
    )
    expect(faults(check(file))).toEqual({ orphans: 1 })
})
