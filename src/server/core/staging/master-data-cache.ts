import type { Dimension } from '../../../tables/dimension-map'
import type { AuditTrail } from '../audit/audit-trail'
import type { ConnectionConfig } from '../config/connection-config'
import type { IfsReader, IfsRow } from '../ifs/ifs-reader'
import { CODE_PART_FIELDS, SUPPLIER_FIELDS } from '../ifs/source-fields'
import { withCompany } from '../odata/data-url'
import type { ODataLiteral } from '../odata/query'
import { readDate, readDateTime, readText } from './source-values'

export interface CodePart {
    value: string
    description: string | null
    /** YYYY-MM-DD, null = open. */
    validFrom: string | null
    validUntil: string | null
}

export interface Supplier {
    id: string
    name: string | null
}

/** At most this many supplier ids in one `in` filter, to keep the request URL short. */
export const SUPPLIER_BATCH = 100

function codePartDate(raw: unknown): string | null {
    const d = readDate(raw)
    if (d.kind === 'ok') return d.value
    const dt = readDateTime(raw)
    return dt.kind === 'ok' ? dt.value.slice(0, 10) : null
}

export function isValidOn(part: CodePart, date: string): boolean {
    return (part.validFrom === null || part.validFrom <= date) && (part.validUntil === null || date <= part.validUntil)
}

/**
 * IFS master data for one run: code parts read in bulk per company on first use (every page of
 * the set), suppliers fetched per page for the ids not seen yet, in batched `in` requests.
 * Misses are remembered too, so an unknown supplier costs one lookup per run, not one per row.
 */
export class MasterDataCache {
    private readonly codeParts = new Map<string, ReadonlyMap<string, CodePart>>()
    private readonly suppliers = new Map<string, Supplier | null>()

    constructor(
        private readonly reader: IfsReader,
        private readonly connection: ConnectionConfig,
        private readonly audit: AuditTrail
    ) {}

    codePartsOf(company: string, dimension: Dimension): ReadonlyMap<string, CodePart> {
        const cacheKey = JSON.stringify([company, dimension])
        const cached = this.codeParts.get(cacheKey)
        if (cached) return cached
        const template =
            dimension === 'gl_account'
                ? this.connection.masterData.glAccountEntitySet
                : this.connection.masterData.costCenterEntitySet
        const path = withCompany(template, company)
        const parts = new Map<string, CodePart>()
        const f = CODE_PART_FIELDS
        const rows = this.reader.readAll(
            path,
            { select: [f.value.name, f.description.name, f.validFrom.name, f.validUntil.name] },
            (page) => {
                for (const row of page) {
                    const value = readText(row[f.value.name])
                    if (value.kind !== 'ok') continue
                    const description = readText(row[f.description.name])
                    parts.set(value.value, {
                        value: value.value,
                        description: description.kind === 'ok' ? description.value : null,
                        validFrom: codePartDate(row[f.validFrom.name]),
                        validUntil: codePartDate(row[f.validUntil.name]),
                    })
                }
            }
        )
        this.audit.record({ operation: 'read_master_data', path, rows, message: `${dimension} of company ${company}` })
        this.codeParts.set(cacheKey, parts)
        return parts
    }

    /** Fetches every id not cached yet, SUPPLIER_BATCH ids per request. */
    loadSuppliers(ids: Iterable<string>): void {
        const missing = Array.from(new Set(ids)).filter((id) => !this.suppliers.has(id))
        const path = this.connection.masterData.supplierEntitySet
        for (let i = 0; i < missing.length; i += SUPPLIER_BATCH) {
            const batch = missing.slice(i, i + SUPPLIER_BATCH)
            const values: ODataLiteral[] = batch.map((id) => ({ kind: 'string', value: id }))
            const found: IfsRow[] = []
            const rows = this.reader.readAll(
                path,
                {
                    select: [SUPPLIER_FIELDS.id.name, SUPPLIER_FIELDS.name.name],
                    filter: { op: 'in', field: SUPPLIER_FIELDS.id.name, values },
                },
                (page) => {
                    for (const row of page) found.push(row)
                }
            )
            for (const id of batch) this.suppliers.set(id, null)
            for (const row of found) {
                const id = readText(row[SUPPLIER_FIELDS.id.name])
                const name = readText(row[SUPPLIER_FIELDS.name.name])
                if (id.kind === 'ok')
                    this.suppliers.set(id.value, { id: id.value, name: name.kind === 'ok' ? name.value : null })
            }
            this.audit.record({ operation: 'read_master_data', path, rows, message: `${batch.length} supplier(s)` })
        }
    }

    /** undefined: not loaded yet; null: IFS has no such supplier. */
    supplier(id: string): Supplier | null | undefined {
        return this.suppliers.get(id)
    }
}
