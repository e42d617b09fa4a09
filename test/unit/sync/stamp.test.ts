import { dateTimeOffsetStamp, objversionStamp } from '../../../src/server/core/document-types/source-field'
import { stampMinusSeconds } from '../../../src/server/core/sync/cursor'
import { stampLiteral, stampValue } from '../../../src/server/core/sync/stamp'

const OBJVERSION = objversionStamp('Objversion')
const CHANGED_AT = dateTimeOffsetStamp('ChangedAt')

describe('stampValue', () => {
    it('keeps an Objversion as IFS sent it (compared as text, as always)', () => {
        expect(stampValue(OBJVERSION, '20260115080000')).toBe('20260115080000')
        expect(stampValue(OBJVERSION, 'v7')).toBe('v7')
        expect(stampValue(OBJVERSION, '')).toBeNull()
        expect(stampValue(OBJVERSION, 20260115080000)).toBeNull()
    })

    it.each([
        ['2026-01-15T08:00:00Z', '2026-01-15T08:00:00.0000000Z'],
        ['2026-01-15T09:00:00+01:00', '2026-01-15T08:00:00.0000000Z'],
        ['2026-01-15T03:30:00.5-04:30', '2026-01-15T08:00:00.5000000Z'],
        ['2026-01-15T08:00Z', '2026-01-15T08:00:00.0000000Z'],
        ['2026-01-01T00:30:00.1234567+01:00', '2025-12-31T23:30:00.1234567Z'],
    ])('holds the date-time %s as the UTC instant %s', (raw, held) => {
        expect(stampValue(CHANGED_AT, raw)).toBe(held)
    })

    it.each([
        '20260115080000',
        '2026-01-15T08:00:00',
        '2026-02-30T08:00:00Z',
        '2026-01-15T24:00:00Z',
        '2026-01-15T08:00:00.12345678Z',
    ])('has no cursor value for %s (no offset, no such day or hour, finer than 100 ns)', (raw) => {
        expect(stampValue(CHANGED_AT, raw)).toBeNull()
    })

    it('orders date-time stamps by instant, whatever offset IFS wrote them with', () => {
        const a = stampValue(CHANGED_AT, '2026-01-15T09:59:59+02:00') as string
        const b = stampValue(CHANGED_AT, '2026-01-15T08:00:00.1Z') as string
        const c = stampValue(CHANGED_AT, '2026-01-15T03:00:01-05:00') as string
        expect([c, b, a].sort()).toEqual([a, b, c])
    })
})

describe('stampLiteral', () => {
    it('sends an Objversion as a string and a date-time stamp as a date-time', () => {
        expect(stampLiteral(OBJVERSION, '20260115080000')).toEqual({ kind: 'string', value: '20260115080000' })
        expect(stampLiteral(CHANGED_AT, '2026-01-15T08:00:00.0000000Z')).toEqual({
            kind: 'datetime',
            value: '2026-01-15T08:00:00.0000000Z',
        })
    })
})

describe('stampMinusSeconds', () => {
    it('moves either form back by whole seconds, across days', () => {
        expect(stampMinusSeconds('20260115080000', 600)).toBe('20260115075000')
        expect(stampMinusSeconds('2026-01-15T08:00:00.2500000Z', 600)).toBe('2026-01-15T07:50:00.2500000Z')
        expect(stampMinusSeconds('2026-01-01T00:00:30.0000000Z', 60)).toBe('2025-12-31T23:59:30.0000000Z')
    })

    it('leaves other shapes (and a date-time not in the cursor form) unchanged', () => {
        expect(stampMinusSeconds('v7', 600)).toBe('v7')
        expect(stampMinusSeconds('2026-01-15T08:00:00Z', 600)).toBe('2026-01-15T08:00:00Z')
        expect(stampMinusSeconds('2026-02-30T08:00:00.0000000Z', 600)).toBe('2026-02-30T08:00:00.0000000Z')
        expect(stampMinusSeconds('2026-01-15T08:00:00.0000000Z', 0)).toBe('2026-01-15T08:00:00.0000000Z')
    })
})
