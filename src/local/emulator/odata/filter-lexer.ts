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

/** A token found at a position, and where the text after it starts. */
type Scanned = { token: Token; end: number }
type Scanner = (text: string, pos: number) => Scanned | null

/** Splits a `$filter` value into tokens; OData string literals escape `'` as `''`. */
export function lexFilter(text: string): Token[] {
    const tokens: Token[] = []
    let i = 0
    while (i < text.length) {
        if (text[i] === ' ' || text[i] === '\t') {
            i++
            continue
        }
        const { token, end } = scanToken(text, i)
        tokens.push(token)
        i = end
    }
    return tokens
}

function scanToken(text: string, pos: number): Scanned {
    for (const scan of SCANNERS) {
        const found = scan(text, pos)
        if (found) return found
    }
    throw badRequest(`Unexpected character '${text[pos]}' at position ${pos} in $filter`)
}

const scanPunctuation: Scanner = (text, pos) => {
    const c = text[pos]
    return c === '(' || c === ')' || c === ',' ? { token: { t: c, pos }, end: pos + 1 } : null
}

const scanString: Scanner = (text, pos) => {
    if (text[pos] !== "'") return null
    let value = ''
    let i = pos + 1
    for (;;) {
        if (i >= text.length) throw badRequest(`Unterminated string literal at position ${pos}`)
        if (text[i] === "'" && text[i + 1] === "'") {
            value += "'"
            i += 2
        } else if (text[i] === "'") {
            return { token: { t: 'lit', literal: { type: 'string', value }, pos }, end: i + 1 }
        } else value += text[i++]
    }
}

/** A literal matched by `pattern` at `pos`, made by `make` (which may refuse it with a 400). */
function literalScanner(pattern: RegExp, make: (text: string) => Literal): Scanner {
    return (text, pos) => {
        const m = pattern.exec(text.slice(pos))
        return m ? { token: { t: 'lit', literal: make(m[0]), pos }, end: pos + m[0].length } : null
    }
}

const scanDateTime = literalScanner(DATETIME, (value) => {
    const epochMs = Date.parse(value)
    if (Number.isNaN(epochMs)) throw badRequest(`Invalid date-time literal ${value}`)
    return { type: 'datetime', value, epochMs }
})

const scanDate = literalScanner(DATE, (value) => {
    if (Number.isNaN(Date.parse(value))) throw badRequest(`Invalid date literal ${value}`)
    return { type: 'date', value }
})

const scanNumber = literalScanner(NUMBER, (value) => ({ type: 'number', value: Number(value) }))

/** The words that are literals; every other word is a name (a property, or and/or/eq...). */
const WORD_LITERALS: ReadonlyMap<string, Literal> = new Map<string, Literal>([
    ['null', { type: 'null' }],
    ['true', { type: 'boolean', value: true }],
    ['false', { type: 'boolean', value: false }],
])

const scanWord: Scanner = (text, pos) => {
    const m = IDENT.exec(text.slice(pos))
    if (!m) return null
    const word = m[0]
    const literal = WORD_LITERALS.get(word)
    const token: Token = literal ? { t: 'lit', literal, pos } : { t: 'ident', name: word, pos }
    return { token, end: pos + word.length }
}

/** In this order: a date-time starts like a date, and both like a number. */
const SCANNERS: readonly Scanner[] = [scanPunctuation, scanString, scanDateTime, scanDate, scanNumber, scanWord]
