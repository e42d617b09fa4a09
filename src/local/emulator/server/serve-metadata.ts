import type { ServerResponse } from 'node:http'
import type { EntitySchema } from '../odata/entity-schema'
import { renderCsdlJson, renderCsdlXml, type CsdlService } from '../odata/csdl-render'
import { EMULATED_TYPES } from '../dataset/emulated-types'
import { EntityCollection } from '../dataset/entity-collection'
import type { CodePartSets, ServedSets } from '../dataset/served-sets'
import type { IfsFieldKind } from '../dataset/ifs-schema'
import type { EntitySetPaths } from './entity-set-paths'
import { sendJson, sendText } from './http-io'

type EntityType = CsdlService['entityTypes'][number]

/** A set a path names: its schema, and for a navigation path the parent set it hangs from. */
interface ServedPath {
    path: string
    schema: EntitySchema
}

const EDM: Readonly<Record<IfsFieldKind, string>> = {
    string: 'Edm.String',
    number: 'Edm.Decimal',
    date: 'Edm.Date',
    datetime: 'Edm.DateTimeOffset',
}

/**
 * `GET <Projection>.svc/$metadata`: the CSDL of every set the profile serves under that
 * projection, rendered from the schemas the rows are served with (XML, or JSON when the client
 * accepts only JSON). A set below a key predicate (`CompanyFinanceSet(Company='…')/CodeAArray`)
 * is a collection navigation of its parent set, as IFS describes code-part arrays.
 */
export function serveMetadata(
    res: ServerResponse,
    at: { projection: string; accept: string | undefined; paths: EntitySetPaths; sets: ServedSets }
): boolean {
    const served = servedPaths(at.paths, at.sets).filter((p) => p.path.startsWith(`${at.projection}.svc/`))
    if (served.length === 0) return false
    const service = csdlOf(at.projection, served)
    const accept = at.accept ?? ''
    if (/json/i.test(accept) && !/xml/i.test(accept)) sendJson(res, 200, renderCsdlJson(service))
    else sendText(res, 200, renderCsdlXml(service), { 'Content-Type': 'application/xml' })
    return true
}

function servedPaths(paths: EntitySetPaths, sets: ServedSets): ServedPath[] {
    const codeParts = (c: CodePartSets): EntitySchema =>
        c instanceof EntityCollection ? c.schema : [...c.values()][0].schema
    return [
        ...EMULATED_TYPES.map((t) => ({ path: paths[t], schema: sets.documents(t).schema })),
        { path: paths.suppliers, schema: sets.suppliers().schema },
        { path: paths.glAccounts, schema: codeParts(sets.glAccounts()) },
        { path: paths.costCenters, schema: codeParts(sets.costCenters()) },
    ]
}

function csdlOf(projection: string, served: readonly ServedPath[]): CsdlService {
    const types = new Map<string, EntityType>()
    const sets = new Map<string, string>()
    for (const { path, schema } of served) {
        const segments = path.slice(path.indexOf('.svc/') + 5).split('/')
        const typeName = typeNameOf(schema.name)
        types.set(typeName, entityTypeOf(typeName, schema))
        if (segments.length === 1) {
            sets.set(schema.name, typeName)
            continue
        }
        // `Parent(Key='…')/Navigation`: the parent set, keyed by the predicate's field, leads to the rows.
        const parent = /^([A-Za-z0-9_]+)\(([A-Za-z0-9_]+)=/.exec(segments[0])
        if (!parent) continue
        const parentType = typeNameOf(parent[1])
        const known = types.get(parentType)
        const navigation = { name: schema.name, target: typeName, collection: true }
        types.set(parentType, {
            name: parentType,
            key: [parent[2]],
            properties: known?.properties ?? [{ name: parent[2], type: 'Edm.String', nullable: false }],
            navigations: [...(known?.navigations ?? []), navigation],
        })
        sets.set(parent[1], parentType)
    }
    return {
        namespace: `IfsApp.${projection}`,
        entityTypes: [...types.values()],
        entitySets: [...sets].map(([name, type]) => ({ name, type })),
    }
}

/** `PurchaseOrderSet` → `PurchaseOrder`, `CodeAArray` → `CodeA`, `Suppliers` → `Supplier`. */
function typeNameOf(setName: string): string {
    const name = setName.replace(/(Set|Array)$/, '').replace(/s$/, '')
    return name === '' || name === setName ? `${setName}Type` : name
}

function entityTypeOf(name: string, schema: EntitySchema): EntityType {
    const properties = [...schema.fields].map(([field, kind]) => ({
        name: field,
        type: schema.keys.includes(field) && kind === 'number' ? 'Edm.Int64' : EDM[kind],
        ...(schema.keys.includes(field) ? { nullable: false } : {}),
    }))
    return { name, key: schema.keys, properties }
}
