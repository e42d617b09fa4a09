import type { EmulatedType as ObjectType } from '../dataset/emulated-types'
import { EMULATED_TYPES } from '../dataset/emulated-types'
import { EmulatorDataset } from '../dataset/emulator-dataset'
import { generatorSets, type CodePartSets, type ServedSets } from '../dataset/served-sets'
import { EntityCollection } from '../dataset/entity-collection'
import type { RowValue } from '../dataset/row'
import { lexFilter } from '../odata/filter-lexer'
import { badRequest, ODataError } from '../odata/odata-error'
import type { EntitySetPaths } from './entity-set-paths'

/** What a projection path names: a collection, or one row of it by key. */
export interface Target {
    kind: 'data' | 'master_data'
    objectType: ObjectType | null
    collection: EntityCollection
    /** Key values in the schema's key order, for single-entity reads and PATCH. */
    key: RowValue[] | null
    /** `@odata.context` fragment after `$metadata#`. */
    contextName: string
}

/** A path that names a known set but cannot be served (unknown company, bad key): counted as its kind. */
export class TargetError extends ODataError {
    constructor(
        readonly requestKind: Target['kind'],
        cause: ODataError
    ) {
        super(cause.status, cause.code, cause.message)
    }
}

/**
 * Resolves `<Projection>.svc/<Set>[(<key>)]` (decoded, below the projection root) among the sets
 * a profile serves (the generator's own for a dataset).
 */
export function resolveTarget(
    rest: string,
    paths: EntitySetPaths,
    served: EmulatorDataset | ServedSets
): Target | null {
    const sets = served instanceof EmulatorDataset ? generatorSets(served) : served
    for (const objectType of EMULATED_TYPES) {
        const t = matchSet(rest, {
            setPath: paths[objectType],
            kind: 'data',
            collection: sets.documents(objectType),
            objectType,
        })
        if (t) return t
    }
    const s = matchSet(rest, {
        setPath: paths.suppliers,
        kind: 'master_data',
        collection: sets.suppliers(),
        objectType: null,
    })
    if (s) return s
    for (const [template, codeParts] of [
        [paths.glAccounts, sets.glAccounts()],
        [paths.costCenters, sets.costCenters()],
    ] as const) {
        const t = matchCodeParts(rest, template, codeParts)
        if (t) return t
    }
    return matchLineSet(rest, sets)
}

/**
 * A line set (PO lines, invoice lines, posting rows, receipts): data like documents, so data faults
 * hit it, but with no document type (no PATCH, no change_rows). Its rows are made only when a
 * request names it.
 */
function matchLineSet(rest: string, sets: ServedSets): Target | null {
    for (const line of sets.lines()) {
        if (rest !== line.path && !rest.startsWith(`${line.path}(`)) continue
        const t = matchSet(rest, { setPath: line.path, kind: 'data', collection: line.collection(), objectType: null })
        if (t) return t
    }
    return null
}

/** A code-part set: a flat one at its path, or a company's at `{company}` filled in. */
function matchCodeParts(rest: string, template: string, codeParts: CodePartSets): Target | null {
    if (codeParts instanceof EntityCollection)
        return matchSet(rest, { setPath: template, kind: 'master_data', collection: codeParts, objectType: null })
    const [prefix, suffix] = template.split('{company}')
    if (suffix === undefined || !rest.startsWith(prefix) || !rest.endsWith(suffix)) return null
    const body = rest.slice(prefix.length, rest.length - suffix.length)
    // The company sits inside an OData string literal: `'` is written `''`.
    if (/'(?!')/.test(body.replace(/''/g, ''))) return null
    const company = body.replace(/''/g, "'")
    const collection = codeParts.get(company)
    if (!collection)
        throw new TargetError('master_data', new ODataError(404, 'ODP_NOT_FOUND', `Company '${company}' not found`))
    return {
        kind: 'master_data',
        objectType: null,
        collection,
        key: null,
        contextName: rest.slice(rest.indexOf('.svc/') + 5),
    }
}

/** One entity set the emulator serves, at its path. */
interface ServedSet {
    setPath: string
    kind: Target['kind']
    collection: EntityCollection
    objectType: ObjectType | null
}

function matchSet(rest: string, { setPath, kind, collection, objectType }: ServedSet): Target | null {
    const name = collection.schema.name
    if (rest === setPath) return { kind, objectType, collection, key: null, contextName: name }
    if (rest.startsWith(setPath + '(') && rest.endsWith(')')) {
        let key: RowValue[]
        try {
            key = parseKeyPredicate(rest.slice(setPath.length + 1, -1), collection)
        } catch (e) {
            throw e instanceof ODataError ? new TargetError(kind, e) : e
        }
        return { kind, objectType, collection, key, contextName: `${name}/$entity` }
    }
    return null
}

/** `'X'` for a single key, or `Company='10',InvoiceId=42`; values in the schema's key order. */
function parseKeyPredicate(text: string, collection: EntityCollection): RowValue[] {
    const keys = collection.schema.keys
    const values = new Map<string, RowValue>()
    const single = (literalText: string): RowValue => {
        const lit = lexFilter(literalText)
        if (lit.length !== 1) throw badRequest(`Invalid key predicate (${text})`)
        return literalValue(lit[0])
    }
    const pairs = splitOutsideQuotes(text, ',')
    if (pairs.length === 1 && keys.length === 1 && splitOutsideQuotes(text, '=').length === 1) {
        values.set(keys[0], single(text))
    } else {
        for (const pair of pairs) {
            const parts = splitOutsideQuotes(pair, '=')
            const name = parts[0].trim()
            if (parts.length !== 2 || !keys.includes(name)) throw badRequest(`Invalid key predicate (${text})`)
            values.set(name, single(parts[1]))
        }
    }
    if (values.size !== keys.length) throw badRequest(`Key predicate (${text}) must name ${keys.join(', ')}`)
    return keys.map((k) => values.get(k) as RowValue)
}

function literalValue(tok: ReturnType<typeof lexFilter>[number]): RowValue {
    if (tok.t !== 'lit') throw badRequest('Expected a literal in key predicate')
    const l = tok.literal
    return l.type === 'null' ? null : l.value
}

/** Splits on `sep` outside OData string literals. */
function splitOutsideQuotes(text: string, sep: string): string[] {
    const out: string[] = []
    let cur = ''
    let inString = false
    for (const ch of text) {
        if (ch === "'") inString = !inString
        if (ch === sep && !inString) {
            out.push(cur)
            cur = ''
        } else cur += ch
    }
    out.push(cur)
    return out
}
