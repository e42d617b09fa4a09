import { qualifiedMetadata, type DeclaredEntityType, type ServiceMetadata } from './service-metadata'

/**
 * Reads JSON CSDL (OData 4.01 `$metadata?$format=json`, which some IFS tenants answer with
 * `Accept: application/json`) into the same model as the XML reader.
 */
export function readCsdlJson(document: unknown): ServiceMetadata {
    if (!isObject(document)) throw new Error('JSON CSDL is not an object')
    const aliases = new Map<string, string>()
    const declared: DeclaredEntityType[] = []
    const sets = new Map<string, string>()
    const enums = new Set<string>()
    for (const [namespace, schema] of Object.entries(document)) {
        if (namespace.startsWith('$') || !isObject(schema)) continue
        if (typeof schema.$Alias === 'string') aliases.set(schema.$Alias, namespace)
        for (const [name, member] of Object.entries(schema)) {
            if (name.startsWith('$') || !isObject(member)) continue
            const kind = member.$Kind
            if (kind === 'EntityType') declared.push(entityType(`${namespace}.${name}`, member))
            else if (kind === 'EnumType') enums.add(`${namespace}.${name}`)
            else if (kind === 'EntityContainer') readContainer(member, sets)
        }
    }
    return qualifiedMetadata(declared, sets, enums, aliases)
}

function entityType(qualifiedName: string, member: Record<string, unknown>): DeclaredEntityType {
    const type: DeclaredEntityType = {
        qualifiedName,
        baseType: typeof member.$BaseType === 'string' ? member.$BaseType : null,
        key: Array.isArray(member.$Key) ? member.$Key.filter((k): k is string => typeof k === 'string') : [],
        properties: [],
        navigations: [],
    }
    for (const [name, value] of Object.entries(member)) {
        if (name.startsWith('$') || !isObject(value)) continue
        const typeName = typeof value.$Type === 'string' ? value.$Type : 'Edm.String'
        if (value.$Kind === 'NavigationProperty') {
            type.navigations.push({ name, type: typeName, collection: value.$Collection === true })
        } else if (value.$Kind === undefined || value.$Kind === 'Property') {
            type.properties.push({ name, type: typeName, nullable: value.$Nullable !== false })
        }
    }
    return type
}

function readContainer(container: Record<string, unknown>, sets: Map<string, string>): void {
    for (const [name, value] of Object.entries(container)) {
        if (name.startsWith('$') || !isObject(value)) continue
        if (value.$Collection === true && typeof value.$Type === 'string') sets.set(name, value.$Type)
    }
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}
