import type { EntityTypeModel, ServiceMetadata } from './service-metadata'

/** How the connector reads a field; mirrors the source mapping's field kinds. */
export type ReadKind = 'string' | 'number' | 'date' | 'datetime'

/** One field the sync's query names, and where it names it. */
export interface PlannedField {
    readonly name: string
    readonly kind: ReadKind
}

/** Everything one sync query will ask of one entity set: checked before a single row is read. */
export interface SourceQueryPlan {
    /** Path below the service root (`PurchaseOrderSet`, `CompanyFinanceSet(Company='20')/CodeAArray`), or with it. */
    readonly path: string
    /** Fields in `$select`, `$filter` and `$orderby` (a name may appear once; kinds must agree). */
    readonly fields: readonly PlannedField[]
    /** The fields the cursor treats as the row's unique key, in order; null for a set read whole (master data). */
    readonly keys: readonly string[] | null
}

export interface SchemaProblem {
    readonly subject: string
    readonly message: string
}

/** Nearest names first; empty when nothing is close. Injected so one suggester serves every check. */
export type SuggestNames = (name: string, candidates: readonly string[]) => readonly string[]

/**
 * Checks a planned query against the service's own `$metadata`: the path's set and navigations,
 * every field's existence and type, and that the configured keys identify a row. Each miss names
 * what is missing and the nearest names the service has.
 */
export function checkSourceQuery(
    metadata: ServiceMetadata,
    plan: SourceQueryPlan,
    suggest: SuggestNames
): SchemaProblem[] {
    const target = entityTypeAt(metadata, plan.path, suggest)
    if ('problem' in target) return [target.problem]
    const entity = target.entity
    const problems: SchemaProblem[] = []
    for (const field of plan.fields) {
        const problem = checkField(metadata, entity, field, suggest)
        if (problem) problems.push(problem)
    }
    const keys = plan.keys
    if (keys === null) return problems
    const missingKey = entity.key.filter((k) => !keys.includes(k))
    if (entity.key.length > 0 && missingKey.length > 0) {
        problems.push({
            subject: `${entity.name}.${missingKey[0]}`,
            message:
                `the key of \`${entity.name}\` is ${names(entity.key)}; the mapping's key fields ${names(keys)} ` +
                `leave out ${names(missingKey)}, so two rows could share a cursor position`,
        })
    }
    return problems
}

type PathTarget = { entity: EntityTypeModel } | { problem: SchemaProblem }

/**
 * The entity type a path's rows have: walks `[Projection.svc/]Set(key)/Navigation/…`; key
 * predicates are stripped (their values are data, not names).
 */
export function entityTypeAt(metadata: ServiceMetadata, path: string, suggest: SuggestNames): PathTarget {
    const segments = path
        .split('?')[0]
        .split('/')
        .map((s) => s.replace(/\(.*\)$/, ''))
        .filter((s) => s !== '')
    // `Projection.svc/Set/…`: the service root names the `$metadata`, not a member of it.
    if (segments[0]?.endsWith('.svc')) segments.shift()
    const [setName, ...navigations] = segments
    const typeName = metadata.entitySets.get(setName ?? '')
    const start = typeName ? metadata.entityTypes.get(typeName) : undefined
    if (!start) {
        const known = [...metadata.entitySets.keys()]
        return { problem: miss(setName ?? path, 'an entity set of this service', suggest(setName ?? '', known)) }
    }
    let entity = start
    for (const segment of navigations) {
        const navigation = entity.navigations.get(segment)
        const next = navigation ? metadata.entityTypes.get(navigation.type) : undefined
        if (!next) {
            const known = [...entity.navigations.keys()]
            return { problem: miss(segment, `a navigation property of \`${entity.name}\``, suggest(segment, known)) }
        }
        entity = next
    }
    return { entity }
}

function checkField(
    metadata: ServiceMetadata,
    entity: EntityTypeModel,
    field: PlannedField,
    suggest: SuggestNames
): SchemaProblem | null {
    const property = entity.properties.get(field.name)
    if (!property) {
        const known = [...entity.properties.keys()]
        return miss(field.name, `a property of \`${entity.name}\``, suggest(field.name, known))
    }
    if (readableAs(metadata, property.type, field.kind)) return null
    return {
        subject: `${entity.name}.${field.name}`,
        message: `\`${field.name}\` of \`${entity.name}\` is \`${property.type}\`, which the connector cannot read as ${KIND_WORDS[field.kind]}`,
    }
}

const NUMBER_TYPES = [
    'Edm.Decimal',
    'Edm.Double',
    'Edm.Single',
    'Edm.Int16',
    'Edm.Int32',
    'Edm.Int64',
    'Edm.Byte',
    'Edm.SByte',
]
const ACCEPTED: Readonly<Record<ReadKind, readonly string[]>> = {
    string: ['Edm.String', 'Edm.Guid'],
    number: NUMBER_TYPES,
    date: ['Edm.Date', 'Edm.DateTimeOffset'],
    datetime: ['Edm.DateTimeOffset', 'Edm.DateTime'],
}
const KIND_WORDS: Readonly<Record<ReadKind, string>> = {
    string: 'text',
    number: 'a number',
    date: 'a date',
    datetime: 'a date-time',
}

/** Whether the connector can read a property of `type` as `kind` (enums read as text). */
export function readableAs(metadata: ServiceMetadata, type: string, kind: ReadKind): boolean {
    if (kind === 'string' && metadata.enumTypes.has(type)) return true
    return ACCEPTED[kind].includes(type)
}

function miss(name: string, what: string, nearest: readonly string[]): SchemaProblem {
    const hint = nearest.length > 0 ? `; did you mean ${nearest.map((n) => `\`${n}\``).join(' or ')}?` : ''
    return { subject: name, message: `\`${name}\` is not ${what}${hint}` }
}

function names(list: readonly string[]): string {
    return list.length === 0 ? '(none)' : list.map((n) => `\`${n}\``).join(', ')
}
