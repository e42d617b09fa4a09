import Database from 'better-sqlite3'
import type { Manifest, ManifestDocument } from '../../src/local/emulator/dataset/manifest'
import { checkInvariants, storedSourceKey } from '../../src/local/faults/invariants'
import type { InvariantReport } from '../../src/local/faults/invariants'
import { BRIEF_TARGETS } from '../../src/local/faults/target-contract'
import { FLAG, STAGING_KEY, SYNC_STATE } from '../../src/tables'
import type { EmulatedType as ObjectType } from '../../src/local/emulator/dataset/emulated-types'
import { countersNotZero, insertRow, syncedDatabase } from '../support/synced-database'
import type { SyncedDatabase } from '../support/synced-database'

/**
 * The checker is checked: one real sync (the built CLI against the emulator) gives a database the
 * checker must pass; then each test plants exactly one fault into a copy of it — a record deleted,
 * doubled, a value changed, a flag moved, the cursor ahead — and expects the checker to report
 * that fault and nothing else. Breaking the checker's identity or a counter fails a test here.
 */
const NAME = 'Checker'
// Company 20 is left out of the configuration: its documents must stay untouched.
const COMPANIES = ['10']
let world: SyncedDatabase

beforeAll(async () => {
    world = await syncedDatabase({
        tempPrefix: 'mlc-checker-',
        dataset: { seed: 31, invoices: 120, orders: 60, badShare: 0.1 },
        // The harness checks staged rows against the brief's tables (faults/target-contract.ts).
        connection: { name: NAME, fieldMapPreset: 'brief', companies: COMPANIES },
    })
})
afterAll(async () => {
    await world?.emulator.close()
})

function check(database: string, options: { complete?: boolean; manifest?: Manifest } = {}): InvariantReport {
    return checkInvariants(options.manifest ?? world.manifest, {
        database,
        connectionName: NAME,
        expectComplete: options.complete ?? true,
        companies: COMPANIES,
        // One contract per target shape: this file plants faults into the brief's one-record-per-document
        // tables; invariant-checker-import.test.ts plants the import tables' own faults.
        targets: BRIEF_TARGETS,
    })
}

/** Every counter of a report that is not 0 (the "what went wrong" part). */
function faults(r: InvariantReport): Record<string, number> {
    return countersNotZero(r, [
        'lost',
        'stagedAndFlagged',
        'doubled',
        'orphans',
        'behindCursorUnhandled',
        'outOfScopeTouched',
        'wrongValues',
        'wrongOutcomes',
    ])
}

const inScope = (d: ManifestDocument) => COMPANIES.includes(String(d.identity.company))
function docs(objectType: ObjectType, outcome: 'staged' | 'flagged', scope = true): ManifestDocument[] {
    return world.manifest.documents.filter(
        (d) => d.objectType === objectType && d.expected.outcome === outcome && inScope(d) === scope
    )
}
const nameOf = (d: ManifestDocument) => JSON.stringify(Object.fromEntries(d.key))

/** WHERE clause and parameters that find a document's target record by the columns it carries. */
function whereTarget(d: ManifestDocument): { table: string; where: string; params: string[] } {
    const t = BRIEF_TARGETS[d.objectType]
    const cols = t.identity.map((f) => t.columns[f] as string)
    const params = t.identity.map((f) => String(d.identity[f as 'company' | 'documentNumber' | 'supplierNumber']))
    return { table: t.table, where: cols.map((c) => `${c} = ?`).join(' AND '), params }
}

function targetRow(db: Database.Database, d: ManifestDocument): Record<string, unknown> {
    const w = whereTarget(d)
    const row = db.prepare(`SELECT * FROM ${w.table} WHERE ${w.where}`).get(...w.params) as Record<string, unknown>
    if (!row) throw new Error(`no target record for ${nameOf(d)}`)
    return row
}

const newSysId = (n: number) => n.toString(16).padStart(32, 'f')

/** Raises for `d` a copy of the flag of the flagged document `template`, under sys_id `sysId`. */
function copyFlagTo(db: Database.Database, template: ManifestDocument, d: ManifestDocument, sysId: string): void {
    const flag = db
        .prepare(`SELECT * FROM ${FLAG.name} WHERE source_key = ?`)
        .get(storedSourceKey(template.key)) as Record<string, unknown>
    insertRow(db, FLAG.name, { ...flag, sys_id: sysId, source_key: storedSourceKey(d.key) })
}

/** Deletes a staged document's target record and its staging key (neither staged nor flagged then); gives the record. */
function removeStaged(db: Database.Database, d: ManifestDocument): Record<string, unknown> {
    const row = targetRow(db, d)
    db.prepare(`DELETE FROM ${BRIEF_TARGETS[d.objectType as ObjectType].table} WHERE sys_id = ?`).run(row.sys_id)
    db.prepare(`DELETE FROM ${STAGING_KEY.name} WHERE key = ?`).run(row.external_reference)
    return row
}

describe('the real sync passes', () => {
    test('every in-scope document staged with its manifest values or flagged for its manifest reason', () => {
        const r = check(world.file)
        expect(r.problems).toEqual([])
        expect(faults(r)).toEqual({})
        const stagedExpected = world.manifest.documents.filter((d) => inScope(d) && d.expected.outcome === 'staged')
        const flaggedExpected = world.manifest.documents.filter((d) => inScope(d) && d.expected.outcome === 'flagged')
        expect(stagedExpected.length).toBeGreaterThan(50)
        expect(flaggedExpected.length).toBeGreaterThan(3)
        expect(world.manifest.documents.some((d) => !inScope(d))).toBe(true)
        expect(r.staged).toBe(stagedExpected.length)
        expect(r.valuesChecked).toBe(stagedExpected.length)
        expect(r.flagged).toBe(flaggedExpected.length)
        expect(r.sourceRows).toBe(stagedExpected.length + flaggedExpected.length)
    })
})

describe('lost', () => {
    test.each(['supplier_invoice', 'purchase_order'] as const)(
        'a staged %s whose record and key are gone (what a key merging two documents leaves) is lost',
        (ot) => {
            const victim = docs(ot, 'staged')[3]
            const file = world.planted((db) => removeStaged(db, victim))
            const r = check(file)
            expect(faults(r)).toEqual({ lost: 1 })
            expect(r.problems).toEqual([`${ot} ${nameOf(victim)} is neither staged nor flagged`])
        }
    )

    test('a flagged document whose flag is gone is lost', () => {
        const victim = docs('supplier_invoice', 'flagged')[0]
        const file = world.planted((db) => {
            const n = db.prepare(`DELETE FROM ${FLAG.name} WHERE source_key = ?`).run(storedSourceKey(victim.key))
            expect(n.changes).toBe(1)
        })
        expect(faults(check(file))).toEqual({ lost: 1 })
    })

    test('a resolved or ignored flag does not count as handled', () => {
        const victim = docs('purchase_order', 'flagged')[0]
        const file = world.planted((db) => {
            db.prepare(`UPDATE ${FLAG.name} SET state = 'resolved' WHERE source_key = ?`).run(
                storedSourceKey(victim.key)
            )
        })
        expect(faults(check(file))).toEqual({ lost: 1 })
    })

    test('a record whose staging key is gone is an orphan (the crash repair could not find it)', () => {
        const victim = docs('supplier_invoice', 'staged')[5]
        const file = world.planted((db) => {
            db.prepare(`DELETE FROM ${STAGING_KEY.name} WHERE key = ?`).run(targetRow(db, victim).external_reference)
        })
        expect(faults(check(file))).toEqual({ orphans: 1 })
    })

    test('mid-run, a record whose key is not yet written is the state a kill before the key batch leaves', () => {
        const victim = docs('supplier_invoice', 'staged')[5]
        const file = world.planted((db) => {
            db.prepare(`DELETE FROM ${STAGING_KEY.name} WHERE key = ?`).run(targetRow(db, victim).external_reference)
        })
        expect(check(file, { complete: false }).orphans).toBe(0)
        expect(check(file).orphans).toBe(1)
    })
})

describe('doubled', () => {
    test.each(['supplier_invoice', 'purchase_order'] as const)(
        'a second %s record for one document (with its own key) is doubled',
        (ot) => {
            const victim = docs(ot, 'staged')[1]
            const file = world.planted((db) => {
                const row = targetRow(db, victim)
                const keyRow = db
                    .prepare(`SELECT * FROM ${STAGING_KEY.name} WHERE key = ?`)
                    .get(row.external_reference) as Record<string, unknown>
                const ref = 'd'.repeat(64)
                insertRow(db, BRIEF_TARGETS[ot].table, { ...row, sys_id: newSysId(1), external_reference: ref })
                insertRow(db, STAGING_KEY.name, {
                    ...keyRow,
                    sys_id: newSysId(2),
                    key: ref,
                    target_sys_id: newSysId(1),
                })
            })
            const r = check(file)
            expect(faults(r)).toEqual({ doubled: 1 })
            expect(r.problems).toEqual([`${ot} ${nameOf(victim)}: 2 ${BRIEF_TARGETS[ot].table} records`])
        }
    )

    test('a staging key written twice is doubled (were the unique index missing, as it may be on an instance)', () => {
        const victim = docs('purchase_order', 'staged')[2]
        const file = world.planted((db) => {
            const indexes = db
                .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`)
                .all(STAGING_KEY.name) as { name: string }[]
            for (const { name } of indexes) db.prepare(`DROP INDEX "${name}"`).run()
            const keyRow = db
                .prepare(`SELECT * FROM ${STAGING_KEY.name} WHERE key = ?`)
                .get(targetRow(db, victim).external_reference) as Record<string, unknown>
            insertRow(db, STAGING_KEY.name, { ...keyRow, sys_id: newSysId(3) })
        })
        expect(faults(check(file))).toEqual({ doubled: 1 })
    })

    test('two standing flags for one document are doubled', () => {
        const victim = docs('supplier_invoice', 'flagged')[1]
        const file = world.planted((db) => {
            const flag = db
                .prepare(`SELECT * FROM ${FLAG.name} WHERE source_key = ?`)
                .get(storedSourceKey(victim.key)) as Record<string, unknown>
            insertRow(db, FLAG.name, { ...flag, sys_id: newSysId(4), number: 'FLG-COPY' })
        })
        expect(faults(check(file))).toEqual({ doubled: 1 })
    })

    test('a staged document that is also flagged is staged-and-flagged', () => {
        const victim = docs('purchase_order', 'staged')[4]
        const template = docs('purchase_order', 'flagged')[0]
        const file = world.planted((db) => {
            copyFlagTo(db, template, victim, newSysId(5))
        })
        const r = check(file)
        expect(faults(r)).toEqual({ stagedAndFlagged: 1 })
        expect(r.problems[0]).toMatch(/is staged and flagged/)
    })
})

describe('cursor ahead', () => {
    function withUnhandledDocument(cursorModified: string | null): string {
        const victim = docs('supplier_invoice', 'staged')[0]
        return world.planted((db) => {
            removeStaged(db, victim)
            if (cursorModified !== null)
                db.prepare(`UPDATE ${SYNC_STATE.name} SET cursor_modified = ? WHERE object_type = ?`).run(
                    cursorModified,
                    'supplier_invoice'
                )
        })
    }

    test('a document at or before the committed cursor, neither staged nor flagged, is reported mid-run', () => {
        const r = check(withUnhandledDocument(null), { complete: false })
        expect(faults(r)).toEqual({ behindCursorUnhandled: 1 })
        expect(r.problems[0]).toMatch(/is behind the committed cursor/)
    })

    test('the same document after the cursor is fine mid-run (the next run reads it) but lost at the end', () => {
        const file = withUnhandledDocument('19990101000000')
        expect(faults(check(file, { complete: false }))).toEqual({})
        expect(faults(check(file))).toEqual({ lost: 1 })
    })

    test('the cursor key breaks a tie of equal stamps: a row with the cursor stamp and a larger key is after it', () => {
        const victim = docs('purchase_order', 'staged')[0]
        const file = world.planted((db) => {
            removeStaged(db, victim)
            const keyOf = (k: string) => JSON.stringify([k])
            const orderNo = String(victim.key[0][1])
            db.prepare(`UPDATE ${SYNC_STATE.name} SET cursor_modified = ?, cursor_key = ? WHERE object_type = ?`).run(
                String(victim.modified),
                keyOf(orderNo.slice(0, -1) + String.fromCharCode(orderNo.charCodeAt(orderNo.length - 1) - 1)),
                'purchase_order'
            )
        })
        expect(faults(check(file, { complete: false }))).toEqual({})
        const atIt = world.planted((db) => {
            removeStaged(db, victim)
            db.prepare(`UPDATE ${SYNC_STATE.name} SET cursor_modified = ?, cursor_key = ? WHERE object_type = ?`).run(
                String(victim.modified),
                JSON.stringify([victim.key[0][1]]),
                'purchase_order'
            )
        })
        expect(faults(check(atIt, { complete: false }))).toEqual({ behindCursorUnhandled: 1 })
    })
})

describe('wrong value', () => {
    const CASES: [string, ObjectType, string, (v: unknown) => unknown][] = [
        ['net amount off by a cent', 'supplier_invoice', 'net_amount', (v) => Number(v) + 0.01],
        ['gross amount of a PO rounded', 'purchase_order', 'total_cost', (v) => Math.round(Number(v))],
        ['tax amount zeroed', 'supplier_invoice', 'tax_amount', () => 0],
        ['supplier name of another supplier', 'supplier_invoice', 'supplier_name', (v) => `${String(v)}X`],
        [
            'creation time a second off',
            'purchase_order',
            'source_created_at',
            (v) => String(v).replace(/\d$/, (d) => String((+d + 1) % 10)),
        ],
        [
            'creation time as the IFS text (not Glide form)',
            'supplier_invoice',
            'source_created_at',
            (v) => String(v).replace(' ', 'T') + 'Z',
        ],
        [
            'document date a day off',
            'supplier_invoice',
            'invoice_date',
            (v) => String(v).replace(/\d$/, (d) => String((+d + 1) % 10)),
        ],
        ['due date dropped', 'purchase_order', 'due_by', () => null],
        ['currency lower-cased', 'purchase_order', 'currency', (v) => String(v).toLowerCase()],
        ['GL account given the cost center', 'supplier_invoice', 'gl_account', () => 'CC100'],
        ['state not the IFS state', 'purchase_order', 'source_state', () => 'approved'],
        ['document number padded', 'supplier_invoice', 'invoice_number', (v) => ` ${String(v)}`],
    ]
    test.each(CASES)('%s is a wrong value', (_name, ot, column, change) => {
        const victim = docs(ot, 'staged').find((d) => {
            const v = d.expected.outcome === 'staged' ? d.expected.values : null
            return (
                v !== null && v.currency !== v.currency.toLowerCase() && v.glAccount !== 'CC100' && v.dueDate !== null
            )
        }) as ManifestDocument
        const file = world.planted((db) => {
            const row = targetRow(db, victim)
            db.prepare(`UPDATE ${BRIEF_TARGETS[ot].table} SET ${column} = ? WHERE sys_id = ?`).run(
                change(row[column]) as string | number | null,
                row.sys_id
            )
        })
        const r = check(file)
        // A changed number or supplier no longer names the document: it is then lost and a stranger
        // is staged, which the checker must report too — but never as "all fine".
        if (column === 'invoice_number') expect(faults(r)).toEqual({ lost: 1 })
        else {
            expect(faults(r)).toEqual({ wrongValues: 1 })
            expect(r.problems).toEqual([expect.stringContaining(`${column} = `)])
        }
    })

    test('values are not checked while a sync is unfinished (IFS may have moved on), only at the end', () => {
        const victim = docs('supplier_invoice', 'staged')[7]
        const file = world.planted((db) => {
            db.prepare(`UPDATE sn_apo_invoice SET net_amount = -1 WHERE sys_id = ?`).run(targetRow(db, victim).sys_id)
        })
        expect(faults(check(file, { complete: false }))).toEqual({})
        expect(faults(check(file))).toEqual({ wrongValues: 1 })
    })
})

describe('wrong outcome', () => {
    test('a flag with another reason than the manifest says', () => {
        const victim = docs('supplier_invoice', 'flagged').find(
            (d) => d.expected.outcome === 'flagged' && d.expected.reason !== 'unknown_supplier'
        ) as ManifestDocument
        const file = world.planted((db) => {
            db.prepare(`UPDATE ${FLAG.name} SET reason = 'unknown_supplier' WHERE source_key = ?`).run(
                storedSourceKey(victim.key)
            )
        })
        const r = check(file)
        expect(faults(r)).toEqual({ wrongOutcomes: 1 })
        expect(r.problems[0]).toMatch(/is flagged unknown_supplier, expected/)
    })

    test('a good document flagged instead of staged', () => {
        const victim = docs('purchase_order', 'staged')[6]
        const template = docs('purchase_order', 'flagged')[0]
        const file = world.planted((db) => {
            removeStaged(db, victim)
            copyFlagTo(db, template, victim, newSysId(6))
        })
        const r = check(file)
        expect(faults(r)).toEqual({ wrongOutcomes: 1 })
        expect(r.problems[0]).toMatch(/nothing is wrong with it in IFS/)
    })

    test('a bad document staged (its flag gone, a record written)', () => {
        const victim = docs('supplier_invoice', 'flagged').find(
            (d) => d.identity.documentNumber && d.identity.supplierNumber && d.identity.company
        ) as ManifestDocument
        const template = docs('supplier_invoice', 'staged')[0]
        const file = world.planted((db) => {
            db.prepare(`DELETE FROM ${FLAG.name} WHERE source_key = ?`).run(storedSourceKey(victim.key))
            const row = targetRow(db, template)
            const keyRow = db
                .prepare(`SELECT * FROM ${STAGING_KEY.name} WHERE key = ?`)
                .get(row.external_reference) as Record<string, unknown>
            const ref = 'e'.repeat(64)
            insertRow(db, 'sn_apo_invoice', {
                ...row,
                sys_id: newSysId(7),
                external_reference: ref,
                invoice_number: victim.identity.documentNumber,
                supplier_number: victim.identity.supplierNumber,
            })
            insertRow(db, STAGING_KEY.name, { ...keyRow, sys_id: newSysId(8), key: ref, target_sys_id: newSysId(7) })
        })
        expect(faults(check(file))).toEqual({ wrongOutcomes: 1 })
    })
})

describe('scope and identity', () => {
    test('a document of a company outside the configuration that was flagged anyway', () => {
        const outside = world.manifest.documents.find((d) => !inScope(d)) as ManifestDocument
        const template = docs('supplier_invoice', 'flagged')[0]
        const file = world.planted((db) => {
            const flag = db
                .prepare(`SELECT * FROM ${FLAG.name} WHERE source_key = ?`)
                .get(storedSourceKey(template.key)) as Record<string, unknown>
            insertRow(db, FLAG.name, {
                ...flag,
                sys_id: newSysId(9),
                object_type: outside.objectType,
                source_key: storedSourceKey(outside.key),
            })
        })
        expect(faults(check(file))).toEqual({ outOfScopeTouched: 1 })
    })

    test('invoice numbers are unique per supplier only: two suppliers, one number, two records, all fine', () => {
        const [a, b] = docs('supplier_invoice', 'staged').filter(
            (d, i, all) => d.identity.supplierNumber !== all[0].identity.supplierNumber || i === 0
        )
        const sameNumber = String(a.identity.documentNumber)
        const file = world.planted((db) => {
            db.prepare(`UPDATE sn_apo_invoice SET invoice_number = ? WHERE sys_id = ?`).run(
                sameNumber,
                targetRow(db, b).sys_id
            )
        })
        // The manifest of a tenant where b carries a's number (IFS allows it for another supplier).
        const m: Manifest = {
            rules: world.manifest.rules,
            documents: world.manifest.documents.map((d) =>
                d !== b || d.expected.outcome !== 'staged'
                    ? d
                    : {
                          ...d,
                          identity: { ...d.identity, documentNumber: sameNumber },
                          expected: { ...d.expected, values: { ...d.expected.values, documentNumber: sameNumber } },
                      }
            ),
        }
        expect(faults(check(file, { manifest: m }))).toEqual({})
        // ...and b's record carrying a's supplier as well is a's record twice, b's lost.
        const merged = world.planted((db) => {
            db.prepare(`UPDATE sn_apo_invoice SET invoice_number = ?, supplier_number = ? WHERE sys_id = ?`).run(
                sameNumber,
                a.identity.supplierNumber,
                targetRow(db, b).sys_id
            )
        })
        expect(faults(check(merged, { manifest: m }))).toMatchObject({ lost: 1, doubled: 1 })
    })

    test('a long IFS key is matched to its flag by the stored form (prefix, #, SHA-256 of the whole key)', () => {
        const key: [string, string][] = [['OrderNo', 'L'.repeat(5000)]]
        const stored = storedSourceKey(key)
        expect(stored).toHaveLength(FLAG.columns.source_key.options.maxLength)
        expect(stored.slice(-65)).toMatch(/^#[0-9a-f]{64}$/)
        // Known SHA-256 of the JSON text, computed once with `sha256sum`.
        expect(stored.slice(-64)).toBe(SHA256_OF_LONG_KEY)
        expect(storedSourceKey([['OrderNo', 'PO1']])).toBe('{"OrderNo":"PO1"}')
        expect(
            storedSourceKey([
                ['Company', '10'],
                ['InvoiceId', 42],
            ])
        ).toBe('{"Company":"10","InvoiceId":42}')
    })
})

const SHA256_OF_LONG_KEY = '673a0339cbf840e771344cd18c7810f83604d6861bff703ef9faccfb4bc2f835'
