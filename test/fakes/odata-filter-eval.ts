/**
 * Evaluates the OData `$filter` subset the connector sends (eq ne gt ge lt le, in, and, or, not,
 * parentheses, string and number literals, bare dates), so fake IFS servers in tests answer the
 * engine's real queries instead of canned pages. Written independently of src/server/core/odata.
 */
type Token = { t: 'id' | 'str' | 'num' | 'op' | 'punct'; v: string }

const KEYWORDS = ['and', 'or', 'not', 'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'in']

function tokenize(text: string): Token[] {
    const out: Token[] = []
    let i = 0
    while (i < text.length) {
        const c = text[i]
        if (c === ' ') {
            i++
        } else if (c === '(' || c === ')' || c === ',') {
            out.push({ t: 'punct', v: c })
            i++
        } else if (c === "'") {
            let s = ''
            i++
            for (;;) {
                if (i >= text.length) throw new Error('unterminated string literal')
                if (text[i] === "'") {
                    if (text[i + 1] === "'") {
                        s += "'"
                        i += 2
                        continue
                    }
                    i++
                    break
                }
                s += text[i++]
            }
            out.push({ t: 'str', v: s })
        } else {
            const m = /^[A-Za-z0-9_.:+\-/]+/.exec(text.slice(i))
            if (!m) throw new Error(`unexpected "${c}" in filter`)
            const w = m[0]
            i += w.length
            if (KEYWORDS.includes(w)) out.push({ t: 'op', v: w })
            else if (/^-?\d+(\.\d+)?$/.test(w)) out.push({ t: 'num', v: w })
            else if (/^\d{4}-\d{2}-\d{2}/.test(w)) out.push({ t: 'str', v: w })
            else out.push({ t: 'id', v: w })
        }
    }
    return out
}

type Row = Readonly<Record<string, unknown>>
type Pred = (row: Row) => boolean

function compare(a: unknown, b: string | number): number | null {
    if (a === null || a === undefined) return null
    if (typeof b === 'number') {
        const n = typeof a === 'number' ? a : Number(a)
        return n === b ? 0 : n < b ? -1 : 1
    }
    const s = String(a)
    return s === b ? 0 : s < b ? -1 : 1
}

export function parseFilter(text: string): Pred {
    const tokens = tokenize(text)
    let p = 0
    const peek = () => tokens[p]
    const take = () => tokens[p++]
    const expect = (v: string) => {
        const t = take()
        if (!t || t.v !== v) throw new Error(`expected "${v}" in filter`)
    }
    const literal = (): string | number => {
        const t = take()
        if (t?.t === 'str') return t.v
        if (t?.t === 'num') return Number(t.v)
        throw new Error('expected a literal in filter')
    }
    const primary = (): Pred => {
        const t = peek()
        if (t?.v === '(') {
            take()
            const e = orExpr()
            expect(')')
            return e
        }
        if (t?.t === 'op' && t.v === 'not') {
            take()
            const e = primary()
            return (r) => !e(r)
        }
        const id = take()
        if (id?.t !== 'id') throw new Error('expected a property in filter')
        const op = take()
        if (op?.v === 'in') {
            expect('(')
            const values: (string | number)[] = [literal()]
            while (peek()?.v === ',') {
                take()
                values.push(literal())
            }
            expect(')')
            return (r) => values.some((v) => compare(r[id.v], v) === 0)
        }
        const value = literal()
        return (r) => {
            const c = compare(r[id.v], value)
            if (c === null) return op.v === 'ne'
            switch (op.v) {
                case 'eq':
                    return c === 0
                case 'ne':
                    return c !== 0
                case 'gt':
                    return c > 0
                case 'ge':
                    return c >= 0
                case 'lt':
                    return c < 0
                case 'le':
                    return c <= 0
                default:
                    throw new Error(`unknown operator ${op.v}`)
            }
        }
    }
    const andExpr = (): Pred => {
        const parts = [primary()]
        while (peek()?.v === 'and') {
            take()
            parts.push(primary())
        }
        return (r) => parts.every((f) => f(r))
    }
    const orExpr = (): Pred => {
        const parts = [andExpr()]
        while (peek()?.v === 'or') {
            take()
            parts.push(andExpr())
        }
        return (r) => parts.some((f) => f(r))
    }
    const pred = orExpr()
    if (p !== tokens.length) throw new Error('trailing tokens in filter')
    return pred
}
