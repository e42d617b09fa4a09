import type { Dimension } from '../../../tables/dimension-map'
import type { AuditTrail } from '../audit/audit-trail'
import type { ConnectionConfig } from '../config/connection-config'
import type { IfsReader, IfsRow } from '../ifs/ifs-reader'
import { dataUrl, withCompany } from '../odata/data-url'
import type { ODataLiteral, ODataQuery } from '../odata/query'
import { requestValueProblem, splitByUrlLength } from '../odata/request-bounds'
import type { CodePartFields, SupplierSource } from '../document-types/master-data-source'
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

/** At most this many supplier ids in one `in` filter, to keep the request URL short; more read the whole set. */
const SUPPLIER_BATCH = 100

/**
 * A validity bound as a calendar date. A date-time keeps the date it was written with: documents
 * carry plain dates of the company's calendar, and the UTC date of `2026-02-01T00:00:00+01:00` is
 * the day before.
 */
function codePartDate(raw: unknown): string | null {
    const d = readDate(raw)
    if (d.kind === 'ok') return d.value
    const dt = readDateTime(raw)
    return dt.kind === 'ok' ? String(raw).trim().slice(0, 10) : null
}

/**
 * The query of a code-part set (every page): also what the `$metadata` check checks. On a flat set
 * (`company` given: no `{company}` in its path) the company column is selected and filtered too.
 */
export function codePartQuery(f: CodePartFields, company: string | null): ODataQuery {
    const select = [f.value.name, f.description.name, f.validFrom.name, f.validUntil.name]
    if (company === null) return { select }
    return {
        select: [f.company.name, ...select],
        filter: { op: 'eq', field: f.company.name, value: { kind: 'string', value: company } },
    }
}

/** The suppliers of one batch of ids. */
export function supplierLookupQuery(f: SupplierSource['fields'], batch: readonly string[]): ODataQuery {
    const values: ODataLiteral[] = batch.map((id) => ({ kind: 'string', value: id }))
    return { select: [f.id.name, f.name.name], filter: { op: 'in', field: f.id.name, values } }
}

/** Every supplier, when a page needs more ids than one look-up holds. */
export function allSuppliersQuery(f: SupplierSource['fields']): ODataQuery {
    return { select: [f.id.name, f.name.name] }
}

/** A flat set's row belongs to `company` only if it says so (compared as the connection lists companies). */
function ofCompany(f: CodePartFields, row: IfsRow, company: string): boolean {
    const own = readText(row[f.company.name])
    return own.kind === 'ok' && own.value === company.trim()
}

function codePartOf(f: CodePartFields, row: IfsRow): CodePart | null {
    const value = readText(row[f.value.name])
    if (value.kind !== 'ok') return null
    const description = readText(row[f.description.name])
    return {
        value: value.value,
        description: description.kind === 'ok' ? description.value : null,
        validFrom: codePartDate(row[f.validFrom.name]),
        validUntil: codePartDate(row[f.validUntil.name]),
    }
}

/** A code-part set without `{company}` in its path holds every company's values in one set. */
export function isFlatCodePartSet(entitySet: string): boolean {
    return !entitySet.includes('{company}')
}

export function isValidOn(part: CodePart, date: string): boolean {
    return (part.validFrom === null || part.validFrom <= date) && (part.validUntil === null || date <= part.validUntil)
}

/**
 * IFS master data for one run: code parts read in bulk per company on first use (every page of
 * the set), suppliers fetched per page for the ids not seen yet, in one `in` request. When a page
 * needs more ids than one request holds, the whole supplier set is read instead (full pages, like
 * code parts): after that every id is known or known-missing and no page asks again, so a large
 * sync costs ceil(suppliers / page size) supplier requests rather than some on every page.
 * Misses are remembered too, so an unknown supplier costs one lookup per run, not one per row.
 */
export class MasterDataCache {
    private readonly codeParts = new Map<string, ReadonlyMap<string, CodePart>>()
    private readonly suppliers = new Map<string, Supplier | null>()
    /** The whole supplier set has been read this run: an id not in the map does not exist. */
    private allSuppliersRead = false

    constructor(
        private readonly reader: IfsReader,
        private readonly connection: ConnectionConfig,
        private readonly audit: AuditTrail
    ) {}

    /**
     * The code parts of one company. A path with `{company}` names the company's own set; a flat
     * set (no `{company}`) holds every company's rows, so it is read filtered by company and only
     * rows that name this company count: an account that exists only in another company must
     * never validate a document (a server that ignores the filter changes nothing).
     */
    codePartsOf(company: string, dimension: Dimension): ReadonlyMap<string, CodePart> {
        const cacheKey = JSON.stringify([company, dimension])
        const cached = this.codeParts.get(cacheKey)
        if (cached) return cached
        const set = this.connection.masterData[dimension === 'gl_account' ? 'glAccount' : 'costCenter']
        const flat = isFlatCodePartSet(set.entitySet)
        const path = withCompany(set.entitySet, company)
        const parts = new Map<string, CodePart>()
        const f = set.fields
        const rows = this.reader.readAll(path, codePartQuery(f, flat ? company : null), (page) => {
            for (const row of page) {
                if (flat && !ofCompany(f, row, company)) continue
                const part = codePartOf(f, row)
                if (part !== null) parts.set(part.value, part)
            }
        })
        this.audit.record({ operation: 'read_master_data', path, rows, message: `${dimension} of company ${company}` })
        this.codeParts.set(cacheKey, parts)
        return parts
    }

    /**
     * Fetches every id not cached yet: `in` requests each within the URL bound (one for the usual
     * page), or the whole set when more are missing. An id no request can carry (too long, control
     * characters) is never sent: it stays unknown, and mapping has flagged its row already.
     */
    loadSuppliers(ids: Iterable<string>): void {
        if (this.allSuppliersRead) return
        const missing = Array.from(new Set(ids)).filter(
            (id) => !this.suppliers.has(id) && requestValueProblem(id) === null
        )
        const path = this.connection.masterData.supplier.entitySet
        if (missing.length > SUPPLIER_BATCH) {
            this.loadAllSuppliers(path)
            return
        }
        if (missing.length === 0) return
        const queryOf = (batch: readonly string[]): ODataQuery => supplierLookupQuery(this.supplierFields, batch)
        const { batches, tooLong } = splitByUrlLength(
            missing,
            (batch) => dataUrl(this.connection.tenantUrl, path, queryOf(batch), Number.POSITIVE_INFINITY),
            SUPPLIER_BATCH
        )
        const found: IfsRow[] = []
        let rows = 0
        for (const batch of batches)
            rows += this.reader.readAll(path, queryOf(batch), (page) => {
                for (const row of page) found.push(row)
            })
        for (const id of missing) this.suppliers.set(id, null)
        for (const row of found) this.remember(row)
        const skipped = tooLong.length > 0 ? `; ${tooLong.length} not looked up (a request would be too long)` : ''
        this.audit.record({
            operation: 'read_master_data',
            path,
            rows,
            message: `${missing.length - tooLong.length} supplier(s) in ${batches.length} request(s)${skipped}`,
        })
    }

    /** undefined: not loaded yet; null: IFS has no such supplier. */
    supplier(id: string): Supplier | null | undefined {
        const known = this.suppliers.get(id)
        return known === undefined && this.allSuppliersRead ? null : known
    }

    private loadAllSuppliers(path: string): void {
        const rows = this.reader.readAll(path, allSuppliersQuery(this.supplierFields), (page) => {
            for (const row of page) this.remember(row)
        })
        this.allSuppliersRead = true
        this.audit.record({ operation: 'read_master_data', path, rows, message: 'all suppliers' })
    }

    private get supplierFields(): ConnectionConfig['masterData']['supplier']['fields'] {
        return this.connection.masterData.supplier.fields
    }

    private remember(row: IfsRow): void {
        const id = readText(row[this.supplierFields.id.name])
        const name = readText(row[this.supplierFields.name.name])
        if (id.kind === 'ok')
            this.suppliers.set(id.value, { id: id.value, name: name.kind === 'ok' ? name.value : null })
    }
}
