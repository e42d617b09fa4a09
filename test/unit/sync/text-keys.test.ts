import { placeOrders } from '../../fakes/preset-partition'
import type { DocumentSource } from '../../../src/server/core/ifs/source-fields'
import { renderFilter } from '../../../src/server/core/odata/render-query'
import { compareCursors, decodeCursor, encodeCursor } from '../../../src/server/core/sync/cursor'
import { afterCursorFilter } from '../../../src/server/core/sync/keyset-pager'

// Text keys in the cursor: filter literals, comparison and the stored form. Names written out.

/** An invoice set keyed by company and a text invoice key, stamped with a date-time. */
const TEXT_KEYED = {
    modified: { name: 'ChangedAt', kind: 'datetime' },
    keys: [
        { name: 'Company', kind: 'string' },
        { name: 'InvoiceKey', kind: 'string' },
    ],
    fields: {},
} as unknown as DocumentSource

const at = (key: string, modified = '20260115080000') => ({ modified, keys: [key] })

describe('text keys', () => {
    it('are string literals in the keyset filter, numeric-looking or quoted, never numbers', () => {
        const f = afterCursorFilter(TEXT_KEYED, { modified: '2026-01-15T08:00:00Z', keys: ['10', "007'A"] })
        expect(renderFilter(f)).toBe(
            "ChangedAt gt 2026-01-15T08:00:00Z or (ChangedAt eq 2026-01-15T08:00:00Z and (Company gt '10' or (Company eq '10' and InvoiceKey gt '007''A')))"
        )
        const inclusive = afterCursorFilter(
            TEXT_KEYED,
            { modified: '2026-01-15T08:00:00Z', keys: ['10', 'INV-9'] },
            true
        )
        expect(renderFilter(inclusive)).toContain("InvoiceKey ge 'INV-9'")
    })

    it('compare as text ("10" before "9") and numbers as numbers', () => {
        expect(compareCursors(at('10'), at('9'))).toBeLessThan(0)
        expect(compareCursors({ modified: 'x', keys: [10] }, { modified: 'x', keys: [9] })).toBeGreaterThan(0)
    })

    it('compare by code point, like a binary collation on UTF-8: U+FF01 before an emoji', () => {
        expect(compareCursors(at('\uff01'), at('\u{1F600}'))).toBeLessThan(0)
        expect(compareCursors(at('\u{1F600}'), at('\u{1F601}'))).toBeLessThan(0)
        expect(compareCursors(at('\ud7ff'), at('\u{1F600}'))).toBeLessThan(0)
    })

    it('a page a binary server sorted by code point places every row, in order, with no re-read', () => {
        const rows = ['A', '\uff01', '\u{1F600}'].map((OrderNo) => ({
            Objversion: '20260115080000',
            OrderNo,
            Company: '10',
        }))
        const placed = placeOrders(rows)
        expect(placed.rows).toEqual(rows)
        expect(placed.last).toEqual(at('\u{1F600}'))
        expect(placed.collationMismatchAt).toBeNull()
    })

    it('keep their text form when stored and read back', () => {
        const cursor = { modified: '2026-01-15T08:00:00Z', keys: ['10', '007', "O'Brien \u{1F600} ", 42] }
        const stored = encodeCursor(cursor)
        expect(decodeCursor(stored, 'row')).toEqual(cursor)
        expect(stored.key).toBe(JSON.stringify(['10', '007', "O'Brien \u{1F600} ", 42]))
    })
})
