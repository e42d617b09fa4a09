import type { ObjectType } from '../../../tables/object-types'
import type { ConnectionConfig, PartitionConfig } from '../config/connection-config'
import type { CodePartSource } from '../document-types/master-data-source'
import type { DocumentSource, SourceField } from '../document-types/source-field'
import type { PlannedField, SourceQueryPlan } from '../odata/csdl/check-source-query'
import { withCompany } from '../odata/data-url'
import type { FilterExpr, ODataQuery } from '../odata/query'
import { allSuppliersQuery, codePartQuery, isFlatCodePartSet, supplierLookupQuery } from '../staging/master-data-cache'
import type { ReadFrom } from '../sync/cursor'
import { pageQuery } from '../sync/keyset-pager'
import type { LineSource, PostingSource } from '../document-types/line-source'
import type { KeyField } from '../document-types/source-field'
import type { ODataLiteral } from '../odata/query'
import { childQuery, lineRead, postingRead } from '../lines/line-queries'
import type { ChildRead } from '../lines/line-queries'

/** One entity set the sync reads, with every name its queries use there. */
export interface PlannedSourceQuery {
    /** What is read there: an object type, `suppliers`, `GL accounts of company 10`. */
    readonly what: string
    /** The partition it belongs to; null for master data (every partition needs it). */
    readonly objectType: ObjectType | null
    /** The path as the sync reads it (the company filled in). */
    readonly path: string
    /** The sync's first query of the set: what the `$top=1` read sends. */
    readonly query: ODataQuery
    /** False when the path cannot be read before a document names its company (no companies configured). */
    readonly probe: boolean
    /** Names, kinds and key the `$metadata` check compares with the service's CSDL. */
    readonly plan: SourceQueryPlan
}

/**
 * Every query the sync will send for a connection, built by the functions the sync builds them
 * with (KeysetPager's pageQuery, MasterDataCache's queries), so the check cannot drift from the
 * sync. The one place that knows where the IFS names of a partition come from.
 */
export function plannedSourceQueries(config: ConnectionConfig): PlannedSourceQuery[] {
    return [
        ...config.partitions.flatMap((p) => [documentQuery(config, p), ...lineQueries(p)]),
        ...masterDataQueries(config),
    ]
}

/**
 * The line and posting sets of a partition that reads lines, with the query the sync sends for
 * a page's documents (one placeholder document key: the probe reads a row only if one matches).
 */
function lineQueries(partition: PartitionConfig): PlannedSourceQuery[] {
    const lines = sourceOf(partition).lines
    if (!lines) return []
    const docKeys = sourceOf(partition).keys
    const placeholder = docKeys.map((k): ODataLiteral =>
        k.kind === 'number' ? { kind: 'number', value: 0 } : { kind: 'string', value: '0' }
    )
    const planned = (
        what: string,
        read: ChildRead,
        known: readonly (SourceField | null)[],
        keys: readonly KeyField[]
    ) => {
        const query = childQuery(read, [placeholder])
        return {
            what: `${partition.objectType} ${what}`,
            objectType: partition.objectType,
            path: read.entitySet,
            query,
            probe: true,
            plan: { path: read.entitySet, fields: plannedFields([query], known), keys: keys.map((k) => k.name) },
        }
    }
    const out = [planned('lines', lineRead(lines), lineFieldsOf(lines), lines.keys)]
    const postings = lines.postings
    if (postings)
        out.push(
            planned(
                'posting rows',
                postingRead(lines),
                [...postings.keys, ...postings.parentKeys, postings.lineKey, ...postingFieldsOf(postings)],
                postings.keys
            )
        )
    return out
}

function lineFieldsOf(lines: LineSource): (SourceField | null)[] {
    const fields: readonly (SourceField | null)[] = Object.values(lines.fields)
    return [lines.modified, ...lines.keys, ...lines.parentKeys, ...fields]
}

function postingFieldsOf(postings: PostingSource): SourceField[] {
    const fields: readonly SourceField[] = Object.values(postings.fields)
    return [...fields]
}

/** The resolved source mapping of a partition: its preset with the connection's overrides. */
function sourceOf(partition: PartitionConfig): DocumentSource {
    return partition.source
}

function documentQuery(config: ConnectionConfig, partition: PartitionConfig): PlannedSourceQuery {
    const source = sourceOf(partition)
    const { objectType } = partition
    const cursor = {
        modified: '0',
        keys: source.keys.map((k) => (k.kind === 'number' ? 0 : '0')),
    }
    const starts: ReadFrom[] = [{ kind: 'start' }, { kind: 'after', cursor }, { kind: 'from_stamp', modified: '0' }]
    // A company list makes the `in` filter appear: plan it even when no company is configured.
    const companies = config.companies.length > 0 ? config.companies : ['0']
    const queries = starts.map((from) => pageQuery(source, from, companies))
    const mapped: readonly (SourceField | null)[] = Object.values(source.fields)
    const known = [source.modified, ...source.keys, ...mapped]
    return {
        what: objectType,
        objectType,
        path: partition.entitySetPath,
        query: pageQuery(source, { kind: 'start' }, config.companies),
        probe: true,
        plan: {
            path: partition.entitySetPath,
            fields: plannedFields(queries, known),
            keys: source.keys.map((k) => k.name),
        },
    }
}

function masterDataQueries(config: ConnectionConfig): PlannedSourceQuery[] {
    const { masterData, companies } = config
    const suppliers: PlannedSourceQuery = {
        what: 'suppliers',
        objectType: null,
        path: masterData.supplier.entitySet,
        query: allSuppliersQuery(masterData.supplier.fields),
        probe: true,
        plan: {
            path: masterData.supplier.entitySet,
            fields: plannedFields(
                [allSuppliersQuery(masterData.supplier.fields), supplierLookupQuery(masterData.supplier.fields, ['0'])],
                Object.values(masterData.supplier.fields)
            ),
            keys: null,
        },
    }
    const codeParts = (label: string, set: CodePartSource, company: string | null): PlannedSourceQuery => {
        const path = withCompany(set.entitySet, company ?? '0')
        const flatCompany = isFlatCodePartSet(set.entitySet) ? (company ?? '0') : null
        return {
            what: company === null ? label : `${label} of company ${company}`,
            objectType: null,
            path,
            query: codePartQuery(set.fields, flatCompany),
            probe: company !== null,
            plan: {
                path,
                fields: plannedFields([codePartQuery(set.fields, flatCompany)], Object.values(set.fields)),
                keys: null,
            },
        }
    }
    // Per company, as the sync reads them: its GL accounts, then its cost centers.
    const perCompany = (companies.length > 0 ? companies : [null]).flatMap((company) => [
        codeParts('GL accounts', masterData.glAccount, company),
        codeParts('cost centers', masterData.costCenter, company),
    ])
    return [suppliers, ...perCompany]
}

/**
 * Every name in `$select`, `$filter` and `$orderby` of the queries, once each, in first-use order,
 * with the kind the mapping reads it as (a filter literal's kind for a name the mapping lacks).
 */
function plannedFields(queries: readonly ODataQuery[], known: readonly (SourceField | null)[]): PlannedField[] {
    const kinds = new Map<string, PlannedField['kind']>()
    for (const f of known) if (f && !kinds.has(f.name)) kinds.set(f.name, f.kind)
    const out = new Map<string, PlannedField>()
    const add = (name: string, fallback: PlannedField['kind']) => {
        if (!out.has(name)) out.set(name, { name, kind: kinds.get(name) ?? fallback })
    }
    for (const q of queries) {
        for (const name of q.select ?? []) add(name, 'string')
        if (q.filter) for (const f of filterFields(q.filter)) add(f.name, f.kind)
        for (const o of q.orderBy ?? []) add(o.field, 'string')
    }
    return [...out.values()]
}

function filterFields(filter: FilterExpr): PlannedField[] {
    switch (filter.op) {
        case 'and':
        case 'or':
            return filter.args.flatMap(filterFields)
        case 'not':
            return filterFields(filter.arg)
        case 'in':
            return [{ name: filter.field, kind: filter.values[0]?.kind ?? 'string' }]
        default:
            return [{ name: filter.field, kind: filter.value.kind }]
    }
}
