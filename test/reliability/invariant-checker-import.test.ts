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

test('a refused row whose flag is gone is a wrong outcome', () => {
    const victim = invoices('rejected')[0]
    const file = world.planted((db) =>
        db
            .prepare(
                `DELETE FROM ${FLAG.name} WHERE company = ? AND document_number = ? AND reason = 'transform_rejected'`
            )
            .run(victim.identity.company, victim.identity.documentNumber)
    )
    expect(faults(check(file))).toEqual({ wrongOutcomes: 1 })
})

test('a row accepted though its supplier is unknown to ServiceNow is a wrong outcome', () => {
    const victim = invoices('rejected')[0]
    const file = world.planted((db) => {
        db.prepare(`UPDATE ${INVOICES} SET sys_import_state = 'inserted' WHERE sys_id = ?`).run(
            importRow(db, victim).sys_id
        )
        db.prepare(
            `DELETE FROM ${FLAG.name} WHERE company = ? AND document_number = ? AND reason = 'transform_rejected'`
        ).run(victim.identity.company, victim.identity.documentNumber)
    })
    expect(faults(check(file))).toEqual({ wrongOutcomes: 1 })
})

test('a row left pending was never transformed: lost', () => {
    const victim = invoices('accepted')[0]
    const file = world.planted((db) =>
        db
            .prepare(`UPDATE ${INVOICES} SET sys_import_state = 'pending' WHERE sys_id = ?`)
            .run(importRow(db, victim).sys_id)
    )
    const r = check(file)
    expect(faults(r)).toEqual({ lost: 1 })
    expect(r.problems).toEqual([expect.stringContaining('never transformed')])
})

test('the invoice an accepted row names is gone: lost', () => {
    const victim = invoices('accepted')[0]
    const file = world.planted((db) =>
        db.prepare('DELETE FROM sn_shop_invoice WHERE sys_id = ?').run(importRow(db, victim).sys_target_sys_id)
    )
    expect(faults(check(file))).toEqual({ lost: 1 })
})

test('a second row of one document that made a second invoice: doubled', () => {
    const victim = invoices('accepted')[0]
    const file = world.planted((db) => {
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
    })
    const r = check(file)
    expect(faults(r)).toEqual({ doubled: 1 })
    expect(r.problems).toEqual([expect.stringContaining('produced 2 sn_shop_invoice records')])
})

test("an invoice holding another subtotal than the manifest's is a wrong value", () => {
    const victim = invoices('accepted')[0]
    const file = world.planted((db) =>
        db
            .prepare('UPDATE sn_shop_invoice SET subtotal = -1 WHERE sys_id = ?')
            .run(importRow(db, victim).sys_target_sys_id)
    )
    const r = check(file)
    expect(faults(r)).toEqual({ wrongValues: 1 })
    expect(r.problems).toEqual([expect.stringContaining('subtotal = -1')])
})

test('an invoice produced by no import row is an orphan', () => {
    const file = world.planted((db) =>
        db.prepare('INSERT INTO sn_shop_invoice (sys_id, subtotal) VALUES (?, 1)').run('d'.repeat(32))
    )
    expect(faults(check(file))).toEqual({ orphans: 1 })
})
