import { createHash } from 'node:crypto'
import { AuditTrail } from '../../../src/server/core/audit/audit-trail'
import { Redactor } from '../../../src/server/core/audit/redactor'
import { FlagBook, flagSourceKey } from '../../../src/server/core/staging/flag-book'
import type { FlagSubject } from '../../../src/server/core/staging/flag-book'
import { AUDIT, FLAG } from '../../../src/tables'
import { FakeClock } from '../../fakes/fake-clock'
import { MemoryStore } from '../../fakes/memory-store'

// What FlagBook writes into the flag table and the audit, field by field. Hashes are computed here
// with node:crypto (not the product's digest port); limits and texts are written out.

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const digest = { sha256Hex: sha256 }
const KEY = '{"OrderNo":"PO-1"}'

function bookWorld(dryRun = false) {
    const store = new MemoryStore()
    const clock = new FakeClock(Date.UTC(2026, 2, 3, 10, 20, 30))
    const redactor = new Redactor()
    const audit = new AuditTrail(store, clock, redactor, { connectionSysId: 'conn1', runSysId: 'run1' })
    const book = new FlagBook({
        store,
        clock,
        audit,
        redactor,
        digest,
        connectionSysId: 'conn1',
        objectType: 'purchase_order',
        dryRun,
    })
    const audits = () => {
        audit.flush()
        return store.all(AUDIT.name)
    }
    return { store, clock, redactor, book, audits }
}

function subject(overrides: Partial<FlagSubject> = {}): FlagSubject {
    return {
        identity: { sourceKey: KEY, company: '10', documentNumber: 'PO-1', supplierNumber: 'S1' },
        stagingKey: 'k'.repeat(64),
        supplierName: 'Acme Ltd',
        problems: [
            { reason: 'unknown_cost_center', message: 'Cost center 4711 does not exist.' },
            { reason: 'missing_field', message: 'The currency is empty.' },
        ],
        row: { OrderNo: 'PO-1', CodeB: '4711' },
        ...overrides,
    }
}

describe('a new flag', () => {
    it('stores every field: identity, first reason, all messages, row, key, supplier, times, look-up hash', () => {
        const { store, book, audits } = bookWorld()
        const record = book.raise(subject(), undefined)
        const stored = store.all(FLAG.name)
        // The one flag (toMatchObject on an array: the same length, each element matched).
        expect(stored).toMatchObject([
            {
                connection: 'conn1',
                object_type: 'purchase_order',
                company: '10',
                document_number: 'PO-1',
                source_key: KEY,
                source_key_hash: sha256(KEY),
                state: 'open',
                attempts: '1',
                reason: 'unknown_cost_center',
                message: 'Cost center 4711 does not exist.\nThe currency is empty.',
                payload: '{"OrderNo":"PO-1","CodeB":"4711"}',
                staging_key: 'k'.repeat(64),
                supplier: 'S1 Acme Ltd',
                first_flagged_at: '2026-03-03 10:20:30',
                last_attempt_at: '2026-03-03 10:20:30',
            },
        ])
        expect(record).toMatchObject({ sys_id: stored[0].sys_id, attempts: '1', state: 'open' })
        expect(audits()).toEqual([
            expect.objectContaining({
                operation: 'flag',
                object_type: 'purchase_order',
                source_key: KEY,
                message: 'unknown_cost_center: Cost center 4711 does not exist.\nThe currency is empty.',
            }),
        ])
    })

    it('names the supplier by number alone without a name, and not at all without a number', () => {
        const { store, book } = bookWorld()
        book.raise(subject({ supplierName: null }), undefined)
        book.raise(
            subject({
                identity: {
                    sourceKey: '{"OrderNo":"PO-2"}',
                    company: null,
                    documentNumber: null,
                    supplierNumber: null,
                },
            }),
            undefined
        )
        const byKey = new Map(store.all(FLAG.name).map((f) => [f.source_key, f]))
        expect(byKey.get(KEY)!.supplier).toBe('S1')
        expect(byKey.get('{"OrderNo":"PO-2"}')).toMatchObject({ supplier: null, company: null, document_number: null })
    })

    it('cuts long display values to their column with "...", and quotes the text NULL', () => {
        const { store, book } = bookWorld()
        book.raise(
            subject({
                identity: {
                    sourceKey: KEY,
                    company: 'C'.repeat(41),
                    documentNumber: 'NULL',
                    supplierNumber: 'S'.repeat(100),
                },
                supplierName: 'N'.repeat(155),
            }),
            undefined
        )
        const [flag] = store.all(FLAG.name)
        // company 40, supplier 255: one character over each limit.
        expect(flag.company).toBe('C'.repeat(37) + '...')
        expect(flag.supplier).toBe('S'.repeat(100) + ' ' + 'N'.repeat(151) + '...')
        expect(flag.document_number).toBe('"NULL"')
    })

    it('keeps a supplier of exactly 255 characters whole', () => {
        const { store, book } = bookWorld()
        book.raise(
            subject({
                identity: { sourceKey: KEY, company: '10', documentNumber: 'PO-1', supplierNumber: 'S'.repeat(100) },
                supplierName: 'N'.repeat(154),
            }),
            undefined
        )
        expect(store.all(FLAG.name)[0].supplier).toBe('S'.repeat(100) + ' ' + 'N'.repeat(154))
    })

    it('cuts a message over 4,000 characters to 3,997 and "..."', () => {
        const { store, book } = bookWorld()
        book.raise(subject({ problems: [{ reason: 'invalid_value', message: 'm'.repeat(4001) }] }), undefined)
        expect(store.all(FLAG.name)[0].message).toBe('m'.repeat(3997) + '...')
    })
})

describe('flagging a flagged document again', () => {
    it('updates the flag: one more attempt, back to open, new reason, message and payload', () => {
        const { store, clock, book } = bookWorld()
        const first = book.raise(subject(), undefined)
        store.update(FLAG.name, first.sys_id, { state: 'retrying', attempts: 3 })
        clock.advance(90_000)
        const again = book.raise(
            subject({ problems: [{ reason: 'unknown_supplier', message: 'Supplier S1 does not exist.' }] }),
            store.get(FLAG.name, first.sys_id)!
        )
        // Still the one flag, the first (toMatchObject on an array: the same length), open again.
        expect(store.all(FLAG.name)).toMatchObject([
            {
                sys_id: first.sys_id,
                state: 'open',
                attempts: '4',
                reason: 'unknown_supplier',
                message: 'Supplier S1 does not exist.',
                first_flagged_at: '2026-03-03 10:20:30',
                last_attempt_at: '2026-03-03 10:22:00',
            },
        ])
        expect(again).toMatchObject({ sys_id: first.sys_id, attempts: '4', state: 'open', reason: 'unknown_supplier' })
    })

    it('counts a flag without a readable attempt count as one earlier attempt', () => {
        const { store, book } = bookWorld()
        const first = book.raise(subject(), undefined)
        store.update(FLAG.name, first.sys_id, { attempts: null })
        book.raise(subject(), store.get(FLAG.name, first.sys_id)!)
        expect(store.get(FLAG.name, first.sys_id)!.attempts).toBe('2')
    })
})

describe('a dry run', () => {
    it('writes no flag, returns the existing one (or an empty sys_id), and still audits', () => {
        const { store, book, audits } = bookWorld(true)
        expect(book.raise(subject(), undefined)).toEqual({ sys_id: '' })
        const existing = { sys_id: 'f9', state: 'open', attempts: '2' }
        expect(book.raise(subject(), existing)).toBe(existing)
        book.resolve(existing, 'done', 'proc_po', 't1')
        book.countAttempt(existing)
        expect(store.all(FLAG.name)).toHaveLength(0)
        expect(store.writes.filter((w) => w.table === FLAG.name)).toHaveLength(0)
        expect(audits().map((a) => a.operation)).toEqual(['flag', 'flag'])
    })
})

describe('closing and counting', () => {
    it('resolve marks the flag resolved with the note and time, and audits the target', () => {
        const { store, clock, book, audits } = bookWorld()
        const flag = book.raise(subject(), undefined)
        clock.advance(1000)
        book.resolve(flag, 'The document is staged.', 'proc_po', 't0000001')
        expect(store.get(FLAG.name, flag.sys_id)).toMatchObject({
            state: 'resolved',
            resolution_note: 'The document is staged.',
            last_attempt_at: '2026-03-03 10:20:31',
        })
        expect(audits()[1]).toMatchObject({
            operation: 'flag_resolved',
            object_type: 'purchase_order',
            source_key: KEY,
            target_table: 'proc_po',
            target_sys_id: 't0000001',
            message: 'The document is staged.',
        })
    })

    it('resolve without a target or stored key audits neither', () => {
        const { store, book, audits } = bookWorld()
        const sysId = store.insert(FLAG.name, { connection: 'conn1', object_type: 'purchase_order', state: 'open' })
        book.resolve({ sys_id: sysId, source_key: null }, 'note', 'proc_po', null)
        expect(audits()[0]).toMatchObject({ operation: 'flag_resolved', source_key: null, target_sys_id: null })
    })

    it('countAttempt adds one attempt, stamps the time and puts a retrying flag back to open', () => {
        const { store, clock, book } = bookWorld()
        const flag = book.raise(subject(), undefined)
        store.update(FLAG.name, flag.sys_id, { state: 'retrying', attempts: 5 })
        clock.advance(60_000)
        book.countAttempt(store.get(FLAG.name, flag.sys_id)!)
        expect(store.get(FLAG.name, flag.sys_id)).toMatchObject({
            state: 'open',
            attempts: '6',
            last_attempt_at: '2026-03-03 10:21:30',
        })
        store.update(FLAG.name, flag.sys_id, { attempts: 'x' })
        book.countAttempt(store.get(FLAG.name, flag.sys_id)!)
        expect(store.get(FLAG.name, flag.sys_id)!.attempts).toBe('2')
    })
})

describe('the stored source key', () => {
    it('is the key itself up to 1,000 characters', () => {
        const key = 'k'.repeat(1000)
        expect(flagSourceKey(key, digest)).toBe(key)
    })

    it('is the first 935 characters, "#" and the hash of the whole key beyond that', () => {
        const key = 'k'.repeat(1001)
        const stored = flagSourceKey(key, digest)
        expect(stored).toBe('k'.repeat(935) + '#' + sha256(key))
        expect(stored).toHaveLength(1000)
    })
})

describe('finding flags of a page', () => {
    it('activeFor asks once for open and retrying flags of this connection and type by look-up hash', () => {
        const { store, book } = bookWorld()
        const open = book.raise(subject(), undefined)
        const other = '{"OrderNo":"PO-2"}'
        store.insert(FLAG.name, {
            connection: 'conn1',
            object_type: 'purchase_order',
            source_key: other,
            source_key_hash: sha256(other),
            state: 'retrying',
        })
        // Same hash, other key (a collision): never attached to PO-1.
        store.insert(FLAG.name, {
            connection: 'conn1',
            object_type: 'purchase_order',
            source_key: 'not PO-1',
            source_key_hash: sha256(KEY),
            state: 'open',
        })
        // Another connection, another type, a closed flag.
        for (const v of [
            { connection: 'conn2', object_type: 'purchase_order', state: 'open' },
            { connection: 'conn1', object_type: 'supplier_invoice', state: 'open' },
            { connection: 'conn1', object_type: 'purchase_order', state: 'resolved' },
        ])
            store.insert(FLAG.name, { ...v, source_key: KEY, source_key_hash: sha256(KEY) })
        const found = book.activeFor([KEY, other, '{"OrderNo":"PO-3"}'])
        expect(Array.from(found.keys()).sort()).toEqual([KEY, other].sort())
        expect(found.get(KEY)!.sys_id).toBe(open.sys_id)
        expect(found.get(other)!.state).toBe('retrying')
        expect(book.activeFor([]).size).toBe(0)
    })

    it('ignoredPayloads collects the payloads of ignored flags per key, skipping those without one', () => {
        const { store, book } = bookWorld()
        for (const payload of ['{"a":1}', '{"a":2}', null])
            store.insert(FLAG.name, {
                connection: 'conn1',
                object_type: 'purchase_order',
                source_key: KEY,
                source_key_hash: sha256(KEY),
                state: 'ignored',
                payload,
            })
        const ignored = book.ignoredPayloads([KEY])
        expect(Array.from(ignored.keys())).toEqual([KEY])
        expect(Array.from(ignored.get(KEY)!).sort()).toEqual(['{"a":1}', '{"a":2}'])
        expect(book.isIgnored(ignored, KEY, '{"a":2}')).toBe(true)
        expect(book.isIgnored(ignored, KEY, '{"a":3}')).toBe(false)
        expect(book.isIgnored(ignored, '{"OrderNo":"PO-2"}', '{"a":1}')).toBe(false)
    })

    it('active lists the open and retrying flags of this type, all or the chosen ones', () => {
        const { store, book } = bookWorld()
        const ids = ['open', 'retrying', 'ignored'].map((state, i) =>
            store.insert(FLAG.name, {
                connection: 'conn1',
                object_type: 'purchase_order',
                source_key: `{"OrderNo":"PO-${i}"}`,
                state,
            })
        )
        expect(
            book
                .active()
                .map((f) => f.state)
                .sort()
        ).toEqual(['open', 'retrying'])
        expect(book.active([ids[1], ids[2]]).map((f) => f.sys_id)).toEqual([ids[1]])
    })
})
