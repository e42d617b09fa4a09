import { renderFilter, renderLiteral, renderQuery, ODataRenderError } from '../../../src/server/core/odata/render-query'
import type { FilterExpr, ODataLiteral } from '../../../src/server/core/odata/query'
import { thrownBy } from '../../support/thrown-by'

describe('renderLiteral', () => {
    it.each<[ODataLiteral, string]>([
        [{ kind: 'string', value: 'ACME' }, "'ACME'"],
        [{ kind: 'string', value: "O'Brien" }, "'O''Brien'"],
        [{ kind: 'string', value: "''" }, "''''''"],
        [{ kind: 'string', value: '' }, "''"],
        [{ kind: 'number', value: 42 }, '42'],
        [{ kind: 'number', value: -1.5 }, '-1.5'],
        [{ kind: 'date', value: '2026-01-31' }, '2026-01-31'],
        [{ kind: 'datetime', value: '2026-01-31T10:00:00Z' }, '2026-01-31T10:00:00Z'],
        [{ kind: 'datetime', value: '2026-01-31T10:00:00.123+01:00' }, '2026-01-31T10:00:00.123+01:00'],
    ])('%j → %s', (literal, text) => {
        expect(renderLiteral(literal)).toBe(text)
    })

    it.each<ODataLiteral>([
        { kind: 'number', value: NaN },
        { kind: 'number', value: Infinity },
        { kind: 'date', value: '31.01.2026' },
        { kind: 'date', value: "2026-01-01' or 1 eq 1" },
        { kind: 'datetime', value: '2026-01-31 10:00:00' },
    ])('refuses %j', (literal) => {
        expect(() => renderLiteral(literal)).toThrow(ODataRenderError)
    })
})

describe('renderFilter', () => {
    const s = (value: string): ODataLiteral => ({ kind: 'string', value })
    it.each<[FilterExpr, string]>([
        [{ op: 'eq', field: 'Company', value: s('10') }, "Company eq '10'"],
        [{ op: 'ge', field: 'Objversion', value: s('20260101000000') }, "Objversion ge '20260101000000'"],
        [{ op: 'in', field: 'Company', values: [s('10'), s("2'0")] }, "Company in ('10','2''0')"],
        [
            {
                op: 'and',
                args: [
                    { op: 'eq', field: 'A', value: s('x') },
                    {
                        op: 'or',
                        args: [
                            { op: 'gt', field: 'B', value: { kind: 'number', value: 1 } },
                            { op: 'lt', field: 'C', value: s('y') },
                        ],
                    },
                ],
            },
            "A eq 'x' and (B gt 1 or C lt 'y')",
        ],
        [{ op: 'or', args: [{ op: 'eq', field: 'A', value: s('x') }] }, "A eq 'x'"],
        [{ op: 'not', arg: { op: 'eq', field: 'A', value: s('x') } }, "not (A eq 'x')"],
        [{ op: 'ne', field: 'Nav/Prop', value: s('x') }, "Nav/Prop ne 'x'"],
    ])('%j → %s', (expr, text) => {
        expect(renderFilter(expr)).toBe(text)
    })

    it.each<FilterExpr>([
        { op: 'eq', field: "A' or 1 eq 1", value: s('x') },
        { op: 'eq', field: 'A B', value: s('x') },
        { op: 'in', field: 'A', values: [] },
        { op: 'and', args: [] },
    ])('refuses %j', (expr) => {
        expect(() => renderFilter(expr)).toThrow(ODataRenderError)
    })
})

describe('renderQuery', () => {
    it('renders every option in a fixed order, each value percent-encoded once', () => {
        const text = renderQuery({
            filter: { op: 'eq', field: 'Name', value: { kind: 'string', value: "A&B 'x'=y?#%" } },
            select: ['OrderNo', 'Company'],
            orderBy: [{ field: 'Objversion' }, { field: 'OrderNo', descending: true }],
            top: 100,
            skip: 5,
            count: true,
        })
        expect(text).toBe(
            "$filter=Name%20eq%20'A%26B%20''x''%3Dy%3F%23%25'&$select=OrderNo%2CCompany&$orderby=Objversion%20asc%2COrderNo%20desc&$top=100&$skip=5&$count=true"
        )
        // What a server decodes is exactly the filter that was built.
        const filter = decodeURIComponent(text.split('&')[0].slice('$filter='.length))
        expect(filter).toBe("Name eq 'A&B ''x''=y?#%'")
    })

    it('renders nothing for an empty query and refuses bad numbers', () => {
        expect(renderQuery({})).toBe('')
        expect(() => renderQuery({ top: -1 })).toThrow(ODataRenderError)
        expect(() => renderQuery({ skip: 1.5 })).toThrow(ODataRenderError)
        expect(() => renderQuery({ select: ['A,B'] })).toThrow(ODataRenderError)
    })
})

describe('renderQuery with text that is not well-formed UTF-16', () => {
    it('renders a lone surrogate as U+FFFD instead of throwing URIError; surrogate pairs stay intact', () => {
        const q = renderQuery({
            filter: {
                op: 'in',
                field: 'SupplierId',
                values: ['A\ud800B', '\udc00', 'ok😀'].map((value) => ({ kind: 'string' as const, value })),
            },
        })
        expect(decodeURIComponent(q)).toBe("$filter=SupplierId in ('A\ufffdB','\ufffd','ok😀')")
    })
})

describe('renderQuery: surrogate boundaries', () => {
    const filterOf = (value: string) =>
        decodeURIComponent(
            renderQuery({ filter: { op: 'eq', field: 'Name', value: { kind: 'string', value } } })
        ).slice('$filter=Name eq '.length)

    it.each([
        ['\ud800\udc00', "'\ud800\udc00'"], // the lowest pair (U+10000)
        ['\udbff\udfff', "'\udbff\udfff'"], // the highest pair (U+10FFFF)
        ['\ud800', "'\ufffd'"], // a high surrogate at the very end
        ['\udbff', "'\ufffd'"],
        ['\udc00', "'\ufffd'"],
        ['\udfff', "'\ufffd'"],
        ['a\udc00', "'a\ufffd'"], // a low surrogate after an ordinary character
        ['\ud800a', "'\ufffda'"], // a high surrogate before an ordinary character
        ['\ud800\ue000', "'\ufffd\ue000'"], // a high surrogate before a character above the low range
        ['\ud800\ud800\udc00', "'\ufffd\ud800\udc00'"],
        ['\ud7ff\ue000\uff21', "'\ud7ff\ue000\uff21'"], // just outside the surrogate range, kept
    ])('%j is rendered as %j', (value, rendered) => {
        expect(filterOf(value)).toBe(rendered)
    })
})

describe('render errors name what is wrong', () => {
    it.each<[() => unknown, string]>([
        [
            () => renderFilter({ op: 'eq', field: 'A B', value: { kind: 'string', value: 'x' } }),
            '"A B" is not an OData property name',
        ],
        [() => renderLiteral({ kind: 'number', value: Infinity }), 'Infinity is not a finite number'],
        [() => renderLiteral({ kind: 'date', value: '31.01.2026' }), '"31.01.2026" is not a date YYYY-MM-DD'],
        [
            () => renderLiteral({ kind: 'datetime', value: '2026-01-31 10:00' }),
            '"2026-01-31 10:00" is not an ISO date-time with offset',
        ],
        [() => renderFilter({ op: 'or', args: [] }), '"or" needs at least one operand'],
        [() => renderFilter({ op: 'in', field: 'Company', values: [] }), '"in" on Company needs at least one value'],
        [() => renderQuery({ top: -1 }), '$top must be a whole number >= 0'],
        [() => renderQuery({ skip: 2.5 }), '$skip must be a whole number >= 0'],
    ])('%#: %s', (render, message) => {
        const error = thrownBy(ODataRenderError, () => render())
        expect(error.name).toBe('ODataRenderError')
        expect(error.message).toBe(message)
    })

    it('renders $top=0 and $skip=0 (zero is a whole number >= 0)', () => {
        expect(renderQuery({ top: 0, skip: 0 })).toBe('$top=0&$skip=0')
    })

    it('leaves out $select and $orderby when they are empty lists', () => {
        expect(renderQuery({ select: [], orderBy: [], top: 1 })).toBe('$top=1')
    })
})
