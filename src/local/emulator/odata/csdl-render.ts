/**
 * Renders a service description as CSDL `$metadata`, in XML (the OData default) and in JSON (what
 * some IFS tenants answer to `Accept: application/json`). The emulator describes its services from
 * its own data definitions, never from the engine's, so a `$metadata` check that passes against it
 * proves something about the names the engine uses.
 */
interface CsdlProperty {
    readonly name: string
    /** `Edm.String`, `Edm.Decimal`, … or an enum type's simple name. */
    readonly type: string
    readonly nullable?: boolean
}

interface CsdlNavigation {
    readonly name: string
    /** Simple name of the entity type it leads to. */
    readonly target: string
    readonly collection: boolean
}

interface CsdlEntityType {
    readonly name: string
    readonly key: readonly string[]
    readonly properties: readonly CsdlProperty[]
    readonly navigations?: readonly CsdlNavigation[]
}

export interface CsdlService {
    /** `IfsApp.<Projection>`, as IFS names a projection's schema. */
    readonly namespace: string
    readonly entityTypes: readonly CsdlEntityType[]
    readonly enumTypes?: readonly { name: string; members: readonly string[] }[]
    readonly entitySets: readonly { name: string; type: string }[]
}

export function renderCsdlXml(service: CsdlService): string {
    const ns = service.namespace
    const q = (type: string) => (type.startsWith('Edm.') ? type : `${ns}.${type}`)
    const lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">',
        '<edmx:DataServices>',
        `<Schema Namespace="${xml(ns)}" xmlns="http://docs.oasis-open.org/odata/ns/edm">`,
        ...(service.enumTypes ?? []).map(
            (e) =>
                `<EnumType Name="${xml(e.name)}">` +
                e.members.map((m, i) => `<Member Name="${xml(m)}" Value="${i}"/>`).join('') +
                '</EnumType>'
        ),
        ...service.entityTypes.map((t) => entityTypeXml(t, q)),
        '<EntityContainer Name="Main">',
        ...service.entitySets.map((s) => `<EntitySet Name="${xml(s.name)}" EntityType="${xml(q(s.type))}"/>`),
        '</EntityContainer>',
        '</Schema>',
        '</edmx:DataServices>',
        '</edmx:Edmx>',
    ]
    return lines.join('\n')
}

function entityTypeXml(type: CsdlEntityType, q: (type: string) => string): string {
    const key = type.key.map((k) => `<PropertyRef Name="${xml(k)}"/>`).join('')
    const properties = type.properties.map(
        (p) =>
            `<Property Name="${xml(p.name)}" Type="${xml(q(p.type))}"` +
            (p.nullable === false ? ' Nullable="false"' : '') +
            '/>'
    )
    const navigations = (type.navigations ?? []).map((n) => {
        const target = q(n.target)
        return `<NavigationProperty Name="${xml(n.name)}" Type="${xml(n.collection ? `Collection(${target})` : target)}"/>`
    })
    return [
        `<EntityType Name="${xml(type.name)}">`,
        `<Key>${key}</Key>`,
        ...properties,
        ...navigations,
        '</EntityType>',
    ].join('\n')
}

export function renderCsdlJson(service: CsdlService): Record<string, unknown> {
    const ns = service.namespace
    const q = (type: string) => (type.startsWith('Edm.') ? type : `${ns}.${type}`)
    const schema: Record<string, unknown> = {}
    for (const e of service.enumTypes ?? []) {
        schema[e.name] = { $Kind: 'EnumType', ...Object.fromEntries(e.members.map((m, i) => [m, i])) }
    }
    for (const t of service.entityTypes) schema[t.name] = entityTypeJson(t, q)
    schema.Main = {
        $Kind: 'EntityContainer',
        ...Object.fromEntries(service.entitySets.map((s) => [s.name, { $Collection: true, $Type: q(s.type) }])),
    }
    return { $Version: '4.01', $EntityContainer: `${ns}.Main`, [ns]: schema }
}

function entityTypeJson(type: CsdlEntityType, q: (type: string) => string): Record<string, unknown> {
    const members: Record<string, unknown> = { $Kind: 'EntityType', $Key: [...type.key] }
    for (const p of type.properties) {
        members[p.name] = {
            ...(p.type === 'Edm.String' ? {} : { $Type: q(p.type) }),
            ...(p.nullable === false ? { $Nullable: false } : {}),
        }
    }
    for (const n of type.navigations ?? []) {
        members[n.name] = {
            $Kind: 'NavigationProperty',
            $Type: q(n.target),
            ...(n.collection ? { $Collection: true } : {}),
        }
    }
    return members
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

function xml(value: string): string {
    return value.replace(/[&<>"]/g, (c) => XML_ESCAPES[c])
}
