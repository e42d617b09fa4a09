import type { ColumnInfo, ColumnKind } from '../../../src/server/ports/platform'
import { convertForColumn } from '../../../src/server/core/staging/target-record'

// How one document value is converted for a target column as the instance describes it, or why
// it does not fit. Messages are written out in full.

const column = (kind: ColumnKind, maxLength?: number): ColumnInfo => ({
    name: 'u_col',
    kind,
    maxLength,
    mandatory: false,
})
const ok = (value: unknown) => ({ kind: 'ok', value })
const bad = (reason: string, message: string) => ({ kind: 'bad', problem: { reason, message } })

describe('text columns', () => {
    it.each([
        ['string', 'INV-1', 10, ok('INV-1')],
        ['other', 12.5, undefined, ok('12.5')],
        ['string', 'x'.repeat(10), 10, ok('x'.repeat(10))],
        [
            'string',
            'x'.repeat(11),
            10,
            bad('invalid_value', 'The number: "xxxxxxxxxxx" is 11 characters long; column u_col holds at most 10.'),
        ],
        ['string', 'y'.repeat(5000), undefined, ok('y'.repeat(5000))],
        [
            'string',
            ' null ',
            40,
            bad(
                'invalid_value',
                'The number: " null " is the text NULL, which ServiceNow stores as an empty u_col; correct the value in IFS.'
            ),
        ],
        ['string', 'NULLABLE', 40, ok('NULLABLE')],
    ] as const)('%s column: %j (max %s)', (kind, value, max, expected) => {
        expect(convertForColumn(value, column(kind, max), 'The number')).toEqual(expected)
    })
})

describe('number columns', () => {
    it.each([
        ['integer', 7, ok(7)],
        ['integer', -3, ok(-3)],
        ['integer', 9007199254740991, ok(9007199254740991)],
        [
            'integer',
            9007199254740992,
            bad('invalid_value', 'The amount: "9007199254740992" is not a whole number, which column u_col requires.'),
        ],
        ['integer', 1.5, bad('invalid_value', 'The amount: "1.5" is not a whole number, which column u_col requires.')],
        ['integer', '7', bad('invalid_value', 'The amount: "7" is not a whole number, which column u_col requires.')],
        ['decimal', 12.25, ok(12.25)],
        ['decimal', 0, ok(0)],
        [
            'decimal',
            Number.NaN,
            bad('invalid_value', 'The amount: "null" is not a number, which column u_col requires.'),
        ],
        ['decimal', '12.25', bad('invalid_value', 'The amount: "12.25" is not a number, which column u_col requires.')],
    ] as const)('%s column: %j', (kind, value, expected) => {
        expect(convertForColumn(value, column(kind), 'The amount')).toEqual(expected)
    })
})

describe('date columns', () => {
    it.each([
        ['date', '2026-01-31', ok('2026-01-31')],
        [
            'date',
            '2026-01-31T08:00:00Z',
            bad('invalid_value', 'The date: "2026-01-31T08:00:00Z" is not a date, which column u_col requires.'),
        ],
        ['date', 20260131, bad('invalid_value', 'The date: "20260131" is not a date, which column u_col requires.')],
        [
            'date',
            'x2026-01-31',
            bad('invalid_value', 'The date: "x2026-01-31" is not a date, which column u_col requires.'),
        ],
        ['datetime', '2026-01-31', ok('2026-01-31 00:00:00')],
        ['datetime', '2026-01-31T08:09:10Z', ok('2026-01-31 08:09:10')],
        [
            'datetime',
            '2026-01-31T08:09:10+01:00',
            bad(
                'invalid_value',
                'The date: "2026-01-31T08:09:10+01:00" is not a date and time, which column u_col requires.'
            ),
        ],
        [
            'datetime',
            '2026-01-31 ',
            bad('invalid_value', 'The date: "2026-01-31 " is not a date and time, which column u_col requires.'),
        ],
        ['datetime', 5, bad('invalid_value', 'The date: "5" is not a date and time, which column u_col requires.')],
    ] as const)('%s column: %j', (kind, value, expected) => {
        expect(convertForColumn(value, column(kind), 'The date')).toEqual(expected)
    })
})

describe('columns no document value fits', () => {
    it.each([
        [
            'boolean',
            bad('target_rejected', 'The state: column u_col is a true/false column; it cannot hold this value.'),
        ],
        [
            'reference',
            bad(
                'target_rejected',
                'The state: column u_col is a reference to another table; the field map must point at a text column.'
            ),
        ],
    ] as const)('%s column', (kind, expected) => {
        expect(convertForColumn('Open', column(kind), 'The state')).toEqual(expected)
    })

    it.each(['string', 'integer', 'boolean', 'reference'] as const)(
        'an empty value fits a %s column as null',
        (kind) => {
            expect(convertForColumn(null, column(kind, 1), 'The state')).toEqual(ok(null))
        }
    )
})
