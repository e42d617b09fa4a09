import type { Comparison } from '../../../server/core/odata/query'
import type { FilterNode, Literal, Operand } from './filter-ast'
import { lexFilter, type Token } from './filter-lexer'
import { badRequest } from './odata-error'
import type { EntitySchema } from './entity-schema'

const COMPARISONS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le'])

/**
 * Parses `$filter` text into a tree, checking field names and literal types against the entity
 * set, as IFS's OData provider does (a date compared with a string is a 400, not an empty page).
 * Without a schema (test fakes that serve ad-hoc rows) any name is a field and types are not
 * checked. Grammar: or := and ('or' and)*; and := unary ('and' unary)*; unary := 'not' unary |
 * primary; primary := '(' or ')' | operand (cmp operand | 'in' '(' literal (',' literal)* ')').
 */
export function parseFilter(text: string, schema: EntitySchema | null = null): FilterNode {
    const tokens = lexFilter(text)
    if (tokens.length === 0) throw badRequest('Empty $filter')
    return new FilterParser(tokens, schema).parse()
}

class FilterParser {
    private i = 0

    constructor(
        private readonly tokens: readonly Token[],
        private readonly schema: EntitySchema | null
    ) {}

    parse(): FilterNode {
        const tree = this.parseOr()
        if (this.i < this.tokens.length) throw badRequest(`Unexpected token ${this.where(this.tokens[this.i])}`)
        return tree
    }

    private parseOr(): FilterNode {
        return this.parseChain('or', () => this.parseAnd())
    }

    private parseAnd(): FilterNode {
        return this.parseChain('and', () => this.parseUnary())
    }

    /** `operand (word operand)*`, grouped from the left. */
    private parseChain(word: 'and' | 'or', operand: () => FilterNode): FilterNode {
        let left = operand()
        while (this.takeWord(word)) left = { op: word, left, right: operand() }
        return left
    }

    private parseUnary(): FilterNode {
        return this.takeWord('not') ? { op: 'not', arg: this.parseUnary() } : this.parsePrimary()
    }

    private parsePrimary(): FilterNode {
        if (this.peek()?.t === '(') {
            this.i++
            const inner = this.parseOr()
            this.expect(')')
            return inner
        }
        const left = this.parseOperand()
        return this.takeWord('in') ? this.parseIn(left) : this.parseComparison(left)
    }

    private parseIn(left: Operand): FilterNode {
        this.expect('(')
        const values: Literal[] = [this.parseLiteral()]
        while (this.peek()?.t === ',') {
            this.i++
            values.push(this.parseLiteral())
        }
        this.expect(')')
        for (const v of values) this.checkTypes(left, { kind: 'literal', literal: v })
        return { op: 'in', left, values }
    }

    private parseComparison(left: Operand): FilterNode {
        const opTok = this.peek()
        if (opTok?.t !== 'ident' || !COMPARISONS.has(opTok.name))
            throw badRequest(`Expected a comparison operator ${this.where(opTok)}`)
        this.i++
        const right = this.parseOperand()
        this.checkTypes(left, right)
        return { op: opTok.name as Comparison, left, right }
    }

    private parseOperand(): Operand {
        const tok = this.peek()
        if (tok?.t === 'lit') {
            this.i++
            return { kind: 'literal', literal: tok.literal }
        }
        if (tok?.t === 'ident' && !isReserved(tok.name)) {
            this.i++
            if (this.schema && !this.schema.fields.has(tok.name))
                throw badRequest(`Property '${tok.name}' not found on ${this.schema.name}`, 'ODP_PROPERTY_NOT_FOUND')
            return { kind: 'field', name: tok.name }
        }
        throw badRequest(`Expected a property or a literal ${this.where(tok)}`)
    }

    private parseLiteral(): Literal {
        const tok = this.peek()
        if (tok?.t !== 'lit') throw badRequest(`Expected a literal ${this.where(tok)}`)
        this.i++
        return tok.literal
    }

    private checkTypes(a: Operand, b: Operand): void {
        const schema = this.schema
        if (!schema) return
        const kindOf = (o: Operand): string =>
            o.kind === 'field' ? (schema.fields.get(o.name) as string) : o.literal.type
        const ka = kindOf(a)
        const kb = kindOf(b)
        if (ka === 'null' || kb === 'null' || ka === kb) return
        throw badRequest(`Incompatible types in comparison: ${ka} and ${kb}`, 'ODP_TYPE_MISMATCH')
    }

    private peek(): Token | undefined {
        return this.tokens[this.i]
    }

    /** Consumes the next token when it is the word `word`. */
    private takeWord(word: string): boolean {
        const tok = this.peek()
        if (tok?.t !== 'ident' || tok.name !== word) return false
        this.i++
        return true
    }

    private expect(t: ')' | '('): void {
        const tok = this.peek()
        if (tok?.t !== t) throw badRequest(`Expected '${t}' ${this.where(tok)}`)
        this.i++
    }

    private where(tok: Token | undefined): string {
        return tok ? `at position ${tok.pos}` : 'at end of $filter'
    }
}

function isReserved(word: string): boolean {
    return word === 'and' || word === 'or' || word === 'not' || word === 'in' || COMPARISONS.has(word)
}
