import type { ObjectType } from '../../../tables/object-types'
import type { ConnectionConfig } from '../config/connection-config'
import type { SourceField } from '../document-types/source-field'
import type { ReadKind } from '../odata/csdl/check-source-query'
import { entityTypeAt, readableAs } from '../odata/csdl/check-source-query'
import type { MetadataAnswer } from '../odata/csdl/metadata-answer'
import type { EntityTypeModel, ServiceMetadata } from '../odata/csdl/service-metadata'
import { nameSimilarity } from '../text/name-similarity'
import { attentionNotes, proposalNotes, proposalOverrides } from './mapping-proposal-text'
import { MetadataCache, suggestNames } from './source-schema-check'
import type { MetadataReader } from './source-schema-check'

/** How sure a proposal is: the same name, a near one, a weak one, or none at all. */
type Confidence = 'exact' | 'likely' | 'guess' | 'none'

export interface FieldProposal {
    /** `grossAmount`, `stamp`, `supplier.id`: what the connector calls the field. */
    readonly canonical: string
    /** The name the preset uses. */
    readonly preset: string
    readonly kind: ReadKind
    /** The service's property proposed for it; null when none is readable and alike. */
    readonly proposed: string | null
    /** Its `Edm` type. */
    readonly type: string | null
    readonly confidence: Confidence
}

/** One entity set the connector reads, with a proposal per field; `problem` when the set cannot be looked at. */
export interface SetProposal {
    readonly what: string
    readonly objectType: ObjectType | null
    readonly path: string
    readonly problem: string | null
    /** The entity type's own key, from `$metadata` (documents only). */
    readonly keys: readonly { name: string; kind: 'string' | 'number' }[]
    readonly fields: readonly FieldProposal[]
}

/** Reads (and caches) the `$metadata` of the service an entity-set path belongs to. */
export type MetadataOf = (entitySetPath: string) => MetadataAnswer

/**
 * Proposes a source mapping from the services' own `$metadata`: for each set the connection reads,
 * each canonical field gets the most alike property (by the preset's name and the canonical name)
 * the connector can read as that field's kind; each property goes to one field at most, best
 * matches first. Only a proposal: nothing is saved, and each field says how sure it is.
 */
export function proposeSourceMapping(config: ConnectionConfig, metadataOf: MetadataOf): SetProposal[] {
    const documents = config.partitions.map((p) => {
        // The names the connection maps today (preset plus overrides): each is confirmed or replaced.
        const source = p.source
        const wanted: Wanted[] = [
            { canonical: 'stamp', field: source.modified, aliases: STAMP_ALIASES, kinds: ['string', 'datetime'] },
            ...Object.entries(source.fields).flatMap(([canonical, field]: [string, SourceField | null]) =>
                field ? [{ canonical, field }] : []
            ),
        ]
        return proposeSet({ what: p.objectType, objectType: p.objectType, path: p.entitySetPath, wanted }, metadataOf)
    })
    const { masterData } = config
    const codePart = (template: string) => template.split('{company}').join(config.companies[0] ?? '0')
    const master = [
        { what: 'supplier', path: masterData.supplier.entitySet, fields: masterData.supplier.fields },
        { what: 'glAccount', path: codePart(masterData.glAccount.entitySet), fields: masterData.glAccount.fields },
        { what: 'costCenter', path: codePart(masterData.costCenter.entitySet), fields: masterData.costCenter.fields },
    ].map(({ what, path, fields }) =>
        proposeSet(
            {
                what,
                objectType: null,
                path,
                wanted: Object.entries(fields).map(([canonical, field]: [string, SourceField]) => ({
                    canonical,
                    field,
                })),
            },
            metadataOf
        )
    )
    return [...documents, ...master]
}

interface Wanted {
    canonical: string
    field: SourceField
    /** Other names the field goes by (matched a little below an equal name). */
    aliases?: readonly string[]
    /** Kinds it may be read as; the field's own kind when absent. */
    kinds?: readonly ReadKind[]
}

/** A modification stamp is an Objversion text or a date-time, under one of the usual names. */
const STAMP_ALIASES = ['Objversion', 'ChangedAt', 'ModifiedAt', 'LastModified', 'Timestamp', 'RowVersion', 'UpdatedAt']

/** How alike a property is to a wanted field: its preset name, its aliases, then its canonical name. */
function scoreOf(w: Wanted, property: string): number {
    return Math.max(
        nameSimilarity(w.field.name, property),
        ...(w.aliases ?? []).map((alias) => 0.9 * nameSimilarity(alias, property)),
        0.9 * nameSimilarity(w.canonical, property)
    )
}

interface SetRequest {
    what: string
    objectType: ObjectType | null
    path: string
    wanted: readonly Wanted[]
}

function proposeSet(request: SetRequest, metadataOf: MetadataOf): SetProposal {
    const { what, objectType, path } = request
    const none = { what, objectType, path, keys: [], fields: [] }
    const answer = metadataOf(path)
    if (answer.kind === 'unpublished')
        return { ...none, problem: `the service publishes no $metadata (HTTP ${answer.status})` }
    const target = entityTypeAt(answer.metadata, path, suggestNames)
    if ('problem' in target) return { ...none, problem: target.problem.message }
    const entity = target.entity
    return {
        ...none,
        problem: null,
        keys: objectType === null ? [] : keysOf(answer.metadata, entity),
        fields: assign(answer.metadata, entity, request.wanted),
    }
}

function keysOf(metadata: ServiceMetadata, entity: EntityTypeModel): SetProposal['keys'] {
    return entity.key.map((name) => {
        const type = entity.properties.get(name)?.type ?? 'Edm.String'
        return { name, kind: readableAs(metadata, type, 'number') ? 'number' : 'string' }
    })
}

/** Best pairs first, each property used once: `GrossCurrAmount` cannot be both gross and tax. */
function assign(metadata: ServiceMetadata, entity: EntityTypeModel, wanted: readonly Wanted[]): FieldProposal[] {
    const pairs: { w: Wanted; property: string; type: string; score: number }[] = []
    for (const w of wanted) {
        for (const property of entity.properties.values()) {
            if (!(w.kinds ?? [w.field.kind]).some((kind) => readableAs(metadata, property.type, kind))) continue
            const score = scoreOf(w, property.name)
            if (score >= GUESS) pairs.push({ w, property: property.name, type: property.type, score })
        }
    }
    pairs.sort((a, b) => b.score - a.score)
    const chosen = new Map<string, FieldProposal>()
    const taken = new Set<string>()
    for (const { w, property, type, score } of pairs) {
        if (chosen.has(w.canonical) || taken.has(property)) continue
        chosen.set(w.canonical, { ...base(w), proposed: property, type, confidence: confidenceOf(score) })
        taken.add(property)
    }
    return wanted.map((w) => chosen.get(w.canonical) ?? { ...base(w), proposed: null, type: null, confidence: 'none' })
}

/** Below this a name is not alike at all; from here to LIKELY it is a guess the admin must check. */
const GUESS = 0.4
const LIKELY = 0.75

function confidenceOf(score: number): Confidence {
    if (score >= 1) return 'exact'
    return score >= LIKELY ? 'likely' : 'guess'
}

function base(w: Wanted): Pick<FieldProposal, 'canonical' | 'preset' | 'kind'> {
    return { canonical: w.canonical, preset: w.field.name, kind: w.field.kind }
}

/** What the CLI prints and the form shows: the override JSON and a note per field. */
export interface MappingProposal {
    readonly overrides: ReturnType<typeof proposalOverrides>
    readonly notes: readonly string[]
    /** Fields proposed with less than an exact name match: the admin's to confirm. */
    readonly toConfirm: number
    /** The notes of those fields and of sets not looked at. */
    readonly attention: readonly string[]
}

/** Reads each service's `$metadata` once (through `reader`: the IFS client) and proposes a mapping. */
export function proposeMapping(reader: MetadataReader, config: ConnectionConfig): MappingProposal {
    const cache = new MetadataCache(reader)
    const sets = proposeSourceMapping(config, (path) => cache.answerFor(path))
    const toConfirm = sets.flatMap((s) => s.fields).filter((f) => f.confidence !== 'exact').length
    return {
        overrides: proposalOverrides(sets),
        notes: proposalNotes(sets),
        toConfirm,
        attention: attentionNotes(sets),
    }
}
