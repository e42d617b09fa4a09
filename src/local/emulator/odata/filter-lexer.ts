import { badRequest } from './odata-error'
import type { Literal } from './filter-ast'

export type Token =
    | { t: 'lit'; literal: Literal; pos: number }
    | { t: 'ident'; name: string; pos: number }
    | { t: '(' | ')' | ','; pos: number }

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,12})?)?(Z|[+-]\d{2}:\d{2})/
const DATE = /^\d{4}-\d{2}-\d{2}(?![\w:])/
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?(?![\w.])/
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/

/** Splits a `$filter` value into tokens; OData string literals escape `'` as `''`. */
export function lexFilter(text: string): Token[] {
    const tokens: Token[] = []
    let i = 0
    while (i < text.length) {
        const c = text[i]
        if (c === ' ' || c === '\t') {
            i++
            continue
        }
        if (c === '(' || c === ')' || c === ',') {
            tokens.push({ t: c, pos: i })
            i++
            continue
        }
        if (c === "'") {
            const start = i
            let value = ''
            i++
            for (;;) {
                if (i >= text.length) throw badRequest(`Unterminated string literal at position ${start}`)
                if (text[i] === "'") {
                    if (text[i + 1] === "'") {
                        value += "'"
                        i += 2
                        continue
                    }
                    i++
                    break
                }
                value += text[i]
                i++
            }
            tokens.push({ t: 'lit', literal: { type: 'string', value }, pos: start })
            continue
        }
        const rest = text.slice(i)
        const dt = DATETIME.exec(rest)
        if (dt) {
            const epochMs = Date.parse(dt[0])
            if (Number.isNaN(epochMs)) throw badRequest(`Invalid date-time literal ${dt[0]}`)
            tokens.push({ t: 'lit', literal: { type: 'datetime', value: dt[0], epochMs }, pos: i })
            i += dt[0].length
            continue
        }
        const d = DATE.exec(rest)
        if (d) {
            if (Number.isNaN(Date.parse(d[0]))) throw badRequest(`Invalid date literal ${d[0]}`)
            tokens.push({ t: 'lit', literal: { type: 'date', value: d[0] }, pos: i })
            i += d[0].length
            continue
        }
        const n = NUMBER.exec(rest)
        if (n) {
            tokens.push({ t: 'lit', literal: { type: 'number', value: Number(n[0]) }, pos: i })
            i += n[0].length
            continue
        }
        const id = IDENT.exec(rest)
        if (id) {
            const word = id[0]
            if (word === 'null') tokens.push({ t: 'lit', literal: { type: 'null' }, pos: i })
            else if (word === 'true' || word === 'false')
                tokens.push({ t: 'lit', literal: { type: 'boolean', value: word === 'true' }, pos: i })
            else tokens.push({ t: 'ident', name: word, pos: i })
            i += word.length
            continue
        }
        throw badRequest(`Unexpected character '${c}' at position ${i} in $filter`)
    }
    return tokens
}
