import type { EmulatedType as ObjectType } from './emulated-types'
import type { EntitySchema } from '../odata/entity-schema'
import { EMULATED_TYPES, perEmulatedType } from './emulated-types'
import type { EmulatorDataset } from './emulator-dataset'
import { EntityCollection } from './entity-collection'
import { convertedValue, renamedField, type EmulatorProfile, type ProfileSet } from './profiles'
import type { EmulatorRow } from './row'
import { IFS_CLOUD_LINE_SETS, IFS_LINES, LINE_KINDS, type LineKind } from './line-schema'
import { LineStore } from './line-store'

/** Code parts as served: one set per company (a `{company}` path), or one flat set of all companies. */
export type CodePartSets = ReadonlyMap<string, EntityCollection> | EntityCollection

/** The sets one profile serves, by what they hold. */
export interface ServedSets {
    documents(objectType: ObjectType): EntityCollection
    suppliers(): EntityCollection
    glAccounts(): CodePartSets
    costCenters(): CodePartSets
    /** The line sets: their schema is known without making a line; their rows are made on first read. */
    lines(): readonly ServedLineSet[]
}

/** One line set as a profile serves it. */
interface ServedLineSet {
    kind: LineKind
    /** Below the projection root. */
    path: string
    schema: EntitySchema
    collection(): EntityCollection
}

/** `ifs-cloud`: the generator's own collections, served as they are. */
export function generatorSets(data: EmulatorDataset): ServedSets {
    return {
        documents: (t) => data.documents[t],
        suppliers: () => data.suppliers,
        glAccounts: () => data.glAccounts,
        costCenters: () => data.costCenters,
        lines: () =>
            LINE_KINDS.map((kind) => ({
                kind,
                path: IFS_CLOUD_LINE_SETS[kind].path,
                schema: LineStore.schema(kind),
                collection: () => data.lines.collection(kind),
            })),
    }
}

/**
 * Another profile: each set is a renamed, converted copy of the generator's rows, rebuilt when
 * those change (a PATCH, churn or new rows), so it always serves the same documents.
 */
export function profileSets(data: EmulatorDataset, profile: EmulatorProfile): ServedSets {
    const views = perEmulatedType((t) => new SetView(profile.documents[t], () => [data.documents[t]]))
    const suppliers = new SetView(profile.suppliers, () => [data.suppliers])
    const gl = new SetView(profile.glAccounts, () => [...data.glAccounts.values()])
    const cc = new SetView(profile.costCenters, () => [...data.costCenters.values()])
    for (const t of EMULATED_TYPES) views[t].indexed = true
    const lines = LINE_KINDS.map((kind) => {
        const view = new SetView(profile.lines[kind], () => [data.lines.collection(kind)])
        view.indexed = true
        view.lookupFields = IFS_LINES[kind].parentKey.map(
            (f) => renamedField(profile.lines[kind], { name: f, kind: 'string' }).name
        )
        const path = profile.lines[kind].path
        return { kind, path, schema: view.schemaOf(LineStore.schema(kind)), collection: () => view.collection() }
    })
    return {
        lines: () => lines,
        documents: (t) => views[t].collection(),
        suppliers: () => suppliers.collection(),
        glAccounts: () => gl.collection(),
        costCenters: () => cc.collection(),
    }
}

/** A profile's copy of generator collections, rebuilt when their revisions move. */
class SetView {
    indexed = false
    /** Fields whose values a filter may pick rows by (EntityCollection.lookupBy). */
    lookupFields: readonly string[] = []
    private built: { revisions: string; collection: EntityCollection } | null = null

    constructor(
        private readonly set: ProfileSet,
        private readonly sources: () => readonly EntityCollection[]
    ) {}

    collection(): EntityCollection {
        const sources = this.sources()
        const revisions = sources.map((s) => `${s.size}:${s.revision}`).join(',')
        if (this.built?.revisions === revisions) return this.built.collection
        const schema = this.schemaOf(sources[0].schema)
        const rows = sources.flatMap((s) => s.all().map((r) => this.converted(r)))
        const collection = new EntityCollection(schema, this.indexed ? (schema.stamp ?? null) : null, rows)
        collection.lookupBy(this.lookupFields)
        this.built = { revisions, collection }
        return collection
    }

    /** The profile's schema of a generator schema: renamed fields, the profile's keys and stamp. */
    schemaOf(source: EntitySchema): EntitySchema {
        const fields = new Map<string, EntitySchema['fields'] extends ReadonlyMap<string, infer K> ? K : never>()
        for (const [name, kind] of source.fields) {
            const f = renamedField(this.set, { name, kind })
            fields.set(f.name, f.kind)
        }
        const setName = this.set.path.replace(/^.*\//, '')
        const stamp = renamedField(this.set, { name: 'Objversion', kind: 'string' }).name
        return { name: setName, fields, keys: this.set.keys, stamp }
    }

    private converted(row: EmulatorRow): EmulatorRow {
        const out: EmulatorRow = {}
        for (const [name, value] of Object.entries(row)) {
            const f = renamedField(this.set, { name, kind: 'string' })
            out[f.name] = convertedValue(this.set, name, value)
        }
        return out
    }
}
