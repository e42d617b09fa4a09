import { readAmount, readDate, readDateTime, readText } from '../../../src/server/core/staging/source-values'
import { itMapsEach } from '../../support/maps-each'

// The strict readers of IFS values, value by value: what is accepted (and how it is normalised),
// what is missing and what is refused. Every expected value is written out.

const ok = <T>(value: T) => ({ kind: 'ok', value })
const missing = { kind: 'missing' }
const invalid = (raw: unknown) => ({ kind: 'invalid', raw })
/** Rows of values accepted as they are. */
const accepted = (...values: unknown[]): [unknown, unknown][] => values.map((value) => [value, ok(value)])
/** Rows of values refused as invalid: the reading carries the value as it came. */
const refused = (...raws: unknown[]): [unknown, unknown][] => raws.map((raw) => [raw, invalid(raw)])

describe('readText', () => {
    itMapsEach(
        readText,
        [
            [' INV-1 ', ok('INV-1')],
            ['0', ok('0')],
            [42, ok('42')],
            [0, ok('0')],
            [-1.5, ok('-1.5')],
            [null, missing],
            [undefined, missing],
            ['', missing],
            ['  \t', missing],
            ...refused(Number.NaN, Number.POSITIVE_INFINITY, true, { a: 1 }),
        ],
        '%j → %j'
    )
})

describe('readAmount', () => {
    itMapsEach(
        readAmount,
        [
            [12.5, ok(12.5)],
            [0, ok(0)],
            ['12.50', ok(12.5)],
            [' 7 ', ok(7)],
            ['-3', ok(-3)],
            ['+3.25', ok(3.25)],
            ['0.1', ok(0.1)],
            [null, missing],
            ['', missing],
            [' ', missing],
            ...refused(
                Number.NaN,
                Number.NEGATIVE_INFINITY,
                '1,200.00',
                '12 EUR',
                '1e3',
                '0x10',
                '.5',
                '5.',
                '1.2.3',
                '--1',
                true,
                '9'.repeat(400)
            ),
        ],
        '%j → %j'
    )
})

describe('readDate (Edm.Date)', () => {
    itMapsEach(
        readDate,
        [
            ...accepted('2026-01-31', '2024-02-29', '2026-12-01', '2026-01-01'),
            [' 2026-02-28 ', ok('2026-02-28')],
            [null, missing],
            ['', missing],
            // No such day, month or day.
            ...refused('2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00'),
            // Not the yyyy-mm-dd text alone.
            ...refused('2026-1-5', '2026-01-31T00:00:00Z', 'x2026-01-31', 20260131),
        ],
        '%j → %j'
    )
})

describe('readDateTime (Edm.DateTimeOffset, to UTC seconds)', () => {
    itMapsEach(
        readDateTime,
        [
            ['2026-01-10T08:00:00Z', ok('2026-01-10T08:00:00Z')],
            ['2026-01-10T08:00Z', ok('2026-01-10T08:00:00Z')],
            ['2026-01-10T08:00:59.123456789Z', ok('2026-01-10T08:00:59Z')],
            ['2026-01-10T08:00:00+01:00', ok('2026-01-10T07:00:00Z')],
            ['2026-01-10T08:00:00-02:30', ok('2026-01-10T10:30:00Z')],
            ['2026-01-01T00:30:00+01:00', ok('2025-12-31T23:30:00Z')],
            ['2026-12-31T23:59:59-00:01', ok('2027-01-01T00:00:59Z')],
            ['2026-01-10T23:59:59+23:59', ok('2026-01-10T00:00:59Z')],
            [' 2026-01-10T08:00:00Z ', ok('2026-01-10T08:00:00Z')],
            [null, missing],
            ['  ', missing],
            // No offset, or a space for the T.
            ...refused('2026-01-10T08:00:00', '2026-01-10 08:00:00Z'),
            // No such day, hour, minute or second; no such offset.
            ...refused('2026-02-30T08:00:00Z', '2026-01-10T24:00:00Z', '2026-01-10T08:60:00Z', '2026-01-10T08:00:60Z'),
            ...refused('2026-01-10T08:00:00+24:00', '2026-01-10T08:00:00+01:60'),
            // A fraction without digits or with more than nine; an offset without its colon.
            ...refused('2026-01-10T08:00:00.Z', '2026-01-10T08:00:00.1234567890Z', '2026-01-10T08:00:00+0100'),
            // Text around it, or a number (epoch milliseconds).
            ...refused('x2026-01-10T08:00:00Z', '2026-01-10T08:00:00Zx', 1768032000000),
        ],
        '%j → %j'
    )
})
