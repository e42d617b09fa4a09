import type { Comparison } from '../../../server/core/odata/query'
import type { FilterNode, Literal, Operand } from './filter-ast'
import { lexFilter, type Token } from './filter-lexer'
import { badRequest } from './odata-error'
import type { EntitySchema } from './entity-schema'

const COMPARISONS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le'])

/**
 * Parses `$filter` text into a tree, checking field names and literal types against the entity
 * set, as IFS's OData provider does (a date compared with a string is a 400, not an empty page).
 * Grammar: or := and ('or' and)*; and := unary ('and' unary)*; unary := 'not' unary | primary;
 * primary := '(' or ')' | operand (cmp operand | 'in' '(' literal (',' literal)* ')').
 */
export function parseFilter(text: string, schema: EntitySchema): FilterNode {
    const tokens = lexFilter(text)
    let i = 0
    const peek = (): Token | undefined => tokens[i]
    const isWord = (tok: Token | undefined, word: string): boolean => tok?.t === 'ident' && tok.name === word
    const where = (tok: Token | undefined): string => (tok ? `at position ${tok.pos}` : 'at end of $filter')

    const parseOr = (): FilterNode => {
        let left = parseAnd()
        while (isWord(peek(), 'or')) {
            i++
            left = { op: 'or', left, right: parseAnd() }
        }
        return left
    }
    const parseAnd = (): FilterNode => {
        let left = parseUnary()
        while (isWord(peek(), 'and')) {
            i++
            left = { op: 'and', left, right: parseUnary() }
        }
        return left
    }
    const parseUnary = (): FilterNode => {
        if (isWord(peek(), 'not')) {
            i++
            return { op: 'not', arg: parseUnary() }
        }
        return parsePrimary()
    }
    const parsePrimary = (): FilterNode => {
        const tok = peek()
        if (tok?.t === '(') {
            i++
            const inner = parseOr()
            expect(')')
            return inner
        }
        const left = parseOperand()
        const opTok = peek()
        if (isWord(opTok, 'in')) {
            i++
            expect('(')
            const values: Literal[] = [parseLiteral()]
            while (peek()?.t === ',') {
                i++
                values.push(parseLiteral())
            }
            expect(')')
            for (const v of values) checkTypes(left, { kind: 'literal', literal: v })
            return { op: 'in', left, values }
        }
        if (opTok?.t !== 'ident' || !COMPARISONS.has(opTok.name))
            throw badRequest(`Expected a comparison operator ${where(opTok)}`)
        i++
        const right = parseOperand()
        checkTypes(left, right)
        return { op: opTok.name as Comparison, left, right }
    }
    const parseOperand = (): Operand => {
        const tok = peek()
        if (tok?.t === 'lit') {
            i++
            return { kind: 'literal', literal: tok.literal }
        }
        if (tok?.t === 'ident' && !isReserved(tok.name)) {
            i++
            if (!schema.fields.has(tok.name))
                throw badRequest(`Property '${tok.name}' not found on ${schema.name}`, 'ODP_PROPERTY_NOT_FOUND')
            return { kind: 'field', name: tok.name }
        }
        throw badRequest(`Expected a property or a literal ${where(tok)}`)
    }
    const parseLiteral = (): Literal => {
        const tok = peek()
        if (tok?.t !== 'lit') throw badRequest(`Expected a literal ${where(tok)}`)
        i++
        return tok.literal
    }
    const expect = (t: ')' | '('): void => {
        const tok = peek()
        if (tok?.t !== t) throw badRequest(`Expected '${t}' ${where(tok)}`)
        i++
    }
    const checkTypes = (a: Operand, b: Operand): void => {
        const kindOf = (o: Operand): string =>
            o.kind === 'field' ? (schema.fields.get(o.name) as string) : o.literal.type
        const ka = kindOf(a)
        const kb = kindOf(b)
        if (ka === 'null' || kb === 'null' || ka === kb) return
        const numeric = (k: string): boolean => k === 'number'
        if (numeric(ka) && numeric(kb)) return
        throw badRequest(`Incompatible types in comparison: ${ka} and ${kb}`, 'ODP_TYPE_MISMATCH')
    }

    if (tokens.length === 0) throw badRequest('Empty $filter')
    const tree = parseOr()
    if (i < tokens.length) throw badRequest(`Unexpected token ${where(tokens[i])}`)
    return tree
}

function isReserved(word: string): boolean {
    return word === 'and' || word === 'or' || word === 'not' || word === 'in' || COMPARISONS.has(word)
}
