/**
 * What a service's `$metadata` (CSDL) says, reduced to what the connector checks its queries
 * against: entity sets, their entity types, keys, properties and navigation properties. Built by
 * the XML and JSON CSDL readers; type names are always namespace-qualified (aliases resolved).
 */
interface PropertyModel {
    readonly name: string
    /** `Edm.String`, `Edm.Decimal`, … or a qualified enum / complex type name. */
    readonly type: string
    readonly nullable: boolean
}

interface NavigationModel {
    readonly name: string
    /** Qualified entity type the navigation leads to (the element type for a collection). */
    readonly type: string
    readonly collection: boolean
}

export interface EntityTypeModel {
    readonly qualifiedName: string
    readonly name: string
    /** Key property names in the declared order (inherited from the base type when it has none). */
    readonly key: readonly string[]
    readonly properties: ReadonlyMap<string, PropertyModel>
    readonly navigations: ReadonlyMap<string, NavigationModel>
}

export interface ServiceMetadata {
    /** Entity set name → qualified entity type name. */
    readonly entitySets: ReadonlyMap<string, string>
    readonly entityTypes: ReadonlyMap<string, EntityTypeModel>
    /** Qualified names of the enum types (their values are compared as text). */
    readonly enumTypes: ReadonlySet<string>
}

/** An entity type as a reader first sees it: its own members, the base type not yet merged. */
export interface DeclaredEntityType {
    qualifiedName: string
    baseType: string | null
    key: string[]
    properties: PropertyModel[]
    navigations: NavigationModel[]
}

/** Merges base types into their derived types, so every type lists all the members it has. */
function resolveEntityTypes(declared: readonly DeclaredEntityType[]): Map<string, EntityTypeModel> {
    const byName = new Map(declared.map((t) => [t.qualifiedName, t]))
    const resolved = new Map<string, EntityTypeModel>()
    const resolve = (type: DeclaredEntityType, depth: number): EntityTypeModel => {
        const done = resolved.get(type.qualifiedName)
        if (done) return done
        const base = type.baseType && depth < 32 ? byName.get(type.baseType) : undefined
        const inherited = base ? resolve(base, depth + 1) : undefined
        const model: EntityTypeModel = {
            qualifiedName: type.qualifiedName,
            name: simpleName(type.qualifiedName),
            key: type.key.length > 0 ? type.key : (inherited?.key ?? []),
            properties: new Map([
                ...(inherited?.properties ?? []),
                ...type.properties.map((p) => [p.name, p] as const),
            ]),
            navigations: new Map([
                ...(inherited?.navigations ?? []),
                ...type.navigations.map((n) => [n.name, n] as const),
            ]),
        }
        resolved.set(type.qualifiedName, model)
        return model
    }
    for (const type of declared) resolve(type, 0)
    return resolved
}

function simpleName(qualified: string): string {
    const dot = qualified.lastIndexOf('.')
    return dot < 0 ? qualified : qualified.slice(dot + 1)
}

/** `Collection(Ns.Type)` → `{ type: 'Ns.Type', collection: true }`. */
export function unwrapCollection(type: string): { type: string; collection: boolean } {
    const match = /^Collection\((.*)\)$/.exec(type.trim())
    return match ? { type: match[1].trim(), collection: true } : { type: type.trim(), collection: false }
}

/** Resolves a schema alias (`Alias.Type`) to its namespace (`Namespace.Type`); `Edm.*` stays. */
function qualify(type: string, aliases: ReadonlyMap<string, string>): string {
    const dot = type.lastIndexOf('.')
    if (dot < 0) return type
    const prefix = type.slice(0, dot)
    const namespace = aliases.get(prefix)
    return namespace ? `${namespace}${type.slice(dot)}` : type
}

/** Resolves aliases in every type reference, then merges base types. Shared by both readers. */
export function qualifiedMetadata(
    declared: readonly DeclaredEntityType[],
    sets: ReadonlyMap<string, string>,
    enums: ReadonlySet<string>,
    aliases: ReadonlyMap<string, string>
): ServiceMetadata {
    const q = (type: string) => qualify(type, aliases)
    const types = declared.map((t) => ({
        ...t,
        qualifiedName: q(t.qualifiedName),
        baseType: t.baseType === null ? null : q(t.baseType),
        properties: t.properties.map((p) => ({ ...p, type: q(p.type) })),
        navigations: t.navigations.map((n) => ({ ...n, type: q(n.type) })),
    }))
    return {
        entitySets: new Map([...sets].map(([name, type]) => [name, q(type)])),
        entityTypes: resolveEntityTypes(types),
        enumTypes: new Set([...enums].map(q)),
    }
}
