import type { EntityCollection } from '../dataset/entity-collection'
import { EMULATED_TYPES } from '../dataset/emulated-types'
import { EntityCollection as Collection } from '../dataset/entity-collection'
import type { CodePartSets, ServedSets } from '../dataset/served-sets'
import type { IfsFieldKind } from '../dataset/ifs-schema'
import type { EntitySetPaths } from '../server/entity-set-paths'
import type { CsdlService } from './csdl-render'
import type { EntitySchema } from './entity-schema'

type CsdlEntityType = CsdlService['entityTypes'][number]

/**
 * The CSDL of one emulated service (`<Projection>.svc`), built from what the emulator serves: the
 * entity-set paths and each collection's schema (field kinds and key). Nothing is written down
 * twice, so `$metadata` always describes the rows the same emulator returns, whatever profile
 * named them. Null when no served path belongs to the service.
 */
export function csdlServiceOf(projection: string, paths: EntitySetPaths, sets: ServedSets): CsdlService | null {
    const builder = new ServiceBuilder(`IfsApp.${projection}`)
    for (const [path, schema] of servedSchemas(paths, sets)) {
        const prefix = `${projection}.svc/`
        if (path.startsWith(prefix)) builder.add(path.slice(prefix.length), schema)
    }
    return builder.result()
}

/**
 * Every served path with its schema (code parts: the first company's), as the profile serves it.
 * Line sets give their schema without making their rows.
 */
function servedSchemas(paths: EntitySetPaths, sets: ServedSets): [string, EntitySchema][] {
    const firstOf = (c: CodePartSets): EntityCollection | null => {
        if (c instanceof Collection) return c
        for (const collection of c.values()) return collection
        return null
    }
    const out: [string, EntityCollection][] = EMULATED_TYPES.map((t) => [paths[t], sets.documents(t)])
    out.push([paths.suppliers, sets.suppliers()])
    for (const [path, codeParts] of [
        [paths.glAccounts, sets.glAccounts()],
        [paths.costCenters, sets.costCenters()],
    ] as const) {
        const first = firstOf(codeParts)
        if (first) out.push([path, first])
    }
    const schemas: [string, EntitySchema][] = out.map(([path, c]) => [path, c.schema])
    for (const line of sets.lines()) schemas.push([line.path, line.schema])
    return schemas
}

const EDM: Readonly<Record<IfsFieldKind, string>> = {
    string: 'Edm.String',
    number: 'Edm.Decimal',
    date: 'Edm.Date',
    datetime: 'Edm.DateTimeOffset',
}

/**
 * IFS names a set's type after the set: `PostingProposalHeadSet` → `PostingProposalHead`,
 * `CodeAArray` → `CodeA`, a plural `Suppliers` → `Supplier`.
 */
function typeNameOf(setOrNavigation: string): string {
    const name = setOrNavigation.replace(/(Set|Array)$/, '').replace(/s$/, '')
    return name === '' ? setOrNavigation : name
}

class ServiceBuilder {
    private readonly types = new Map<string, CsdlEntityType>()
    private readonly sets = new Map<string, string>()

    constructor(private readonly namespace: string) {}

    /** `Set` or `Set(Key='{company}')/Navigation`, below the service root. */
    add(rest: string, schema: EntitySchema): void {
        const segments = rest.split('/')
        const element = this.elementType(typeNameOf(segments[segments.length - 1].replace(/\(.*$/, '')), schema)
        if (segments.length === 1) {
            this.sets.set(segments[0], element.name)
            return
        }
        // A navigation path: the parent set's type is keyed by its predicate's names and leads to the element.
        const predicate = /^([A-Za-z0-9_]+)\((.*)\)$/.exec(segments[0])
        const parentSet = predicate ? predicate[1] : segments[0]
        const parentKey = predicate ? [...predicate[2].matchAll(/([A-Za-z0-9_]+)\s*=/g)].map((m) => m[1]) : []
        const parentName = typeNameOf(parentSet)
        const parent = this.types.get(parentName) ?? {
            name: parentName,
            key: parentKey,
            properties: parentKey.map((name) => ({ name, type: 'Edm.String', nullable: false })),
            navigations: [],
        }
        const navigation = { name: segments[segments.length - 1], target: element.name, collection: true }
        this.types.set(parentName, { ...parent, navigations: [...(parent.navigations ?? []), navigation] })
        this.sets.set(parentSet, parentName)
    }

    private elementType(name: string, schema: EntitySchema): CsdlEntityType {
        const { fields, keys } = schema
        const type: CsdlEntityType = {
            name,
            key: [...keys],
            properties: [...fields].map(([field, kind]) => ({
                name: field,
                // Numeric keys are IFS's integer ids (`InvoiceId`); other numbers are amounts.
                type: kind === 'number' && keys.includes(field) ? 'Edm.Int64' : EDM[kind],
                nullable: !keys.includes(field),
            })),
        }
        this.types.set(name, type)
        return type
    }

    result(): CsdlService | null {
        if (this.sets.size === 0) return null
        return {
            namespace: this.namespace,
            entityTypes: [...this.types.values()],
            entitySets: [...this.sets].map(([name, type]) => ({ name, type })),
        }
    }
}

/** A copy of the service with one property renamed everywhere (the `rename_in_metadata` fault). */
export function renameProperty(service: CsdlService, from: string, to: string): CsdlService {
    const rename = (name: string) => (name === from ? to : name)
    return {
        ...service,
        entityTypes: service.entityTypes.map((t) => ({
            ...t,
            key: t.key.map(rename),
            properties: t.properties.map((p) => ({ ...p, name: rename(p.name) })),
        })),
    }
}
