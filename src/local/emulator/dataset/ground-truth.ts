import type { EmulatedType as ObjectType } from './emulated-types'
import type { DefectReason } from './defect'
import type { EntityCollection } from './entity-collection'
import { documentFields, IFS_CODE_PART, IFS_DOCUMENTS, type IfsDocumentEntity, type IfsField } from './ifs-schema'
import type { EmulatorRow, RowValue } from './row'

/** A bad row as the ground truth knows it: what the engine should flag, and why. */
export interface BadRowTruth {
    objectType: ObjectType
    /** IFS key, e.g. `{ Company: '10', InvoiceId: 42 }`. */
    key: Record<string, RowValue>
    /** The key as JSON in IFS's key order: the flag's `source_key`. */
    sourceKey: string
    company: string
    documentNumber: string | null
    reason: DefectReason
    /** The IFS field at fault. */
    field: string
}

export interface MasterData {
    suppliers: EntityCollection
    glAccounts: ReadonlyMap<string, EntityCollection>
    costCenters: ReadonlyMap<string, EntityCollection>
}

// The test oracle is written apart from the engine's validator on purpose: the same rules
// (blank is missing, amounts are plain decimals, dates are real calendar days, codes must exist
// and be valid on the document date), not the same code, so a validator bug shows up as
// flagged != bad. Nothing here may import from src/server (test/contract/independent-oracle).
const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/

export const isBlank = (v: RowValue | undefined): boolean => v === null || v === undefined || String(v).trim() === ''
const isAmount = (v: RowValue | undefined): boolean =>
    (typeof v === 'number' && Number.isFinite(v)) ||
    (typeof v === 'string' && PLAIN_DECIMAL.test(v.trim()) && Number.isFinite(Number(v.trim())))

function realDay(y: number, m: number, d: number): boolean {
    if (m < 1 || m > 12 || d < 1) return false
    const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= days[m - 1]
}

/** An Edm.Date as the tenant wrote it, or null when it is not a real calendar day. */
export function dayOf(v: RowValue | undefined): string | null {
    const m = typeof v === 'string' ? DATE.exec(v.trim()) : null
    return m && realDay(+m[1], +m[2], +m[3]) ? m[0] : null
}

/** An Edm.DateTimeOffset in UTC as `YYYY-MM-DDTHH:MM:SSZ` (fractions dropped), or null when it is not one. */
export function utcOf(v: RowValue | undefined): string | null {
    const m = typeof v === 'string' ? DATE_TIME.exec(v.trim()) : null
    if (!m) return null
    const [y, mo, d, h, mi, s] = [+m[1], +m[2], +m[3], +m[4], +m[5], m[6] === undefined ? 0 : +m[6]]
    if (!realDay(y, mo, d) || h > 23 || mi > 59 || s > 59) return null
    let offset = 0
    if (m[7] !== 'Z') {
        if (+m[9] > 23 || +m[10] > 59) return null
        offset = (m[8] === '-' ? -1 : 1) * (+m[9] * 60 + +m[10])
    }
    const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000)
    const p = (n: number, w = 2) => String(n).padStart(w, '0')
    return `${p(t.getUTCFullYear(), 4)}-${p(t.getUTCMonth() + 1)}-${p(t.getUTCDate())}T${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())}Z`
}

function wellTyped(field: IfsField, v: RowValue | undefined): boolean {
    if (field.kind === 'date') return dayOf(v) !== null
    if (field.kind === 'datetime') return utcOf(v) !== null
    return true
}

/** The first defect of a document row against the master data as it stands, or null. */
export function findDefect(
    objectType: ObjectType,
    row: EmulatorRow,
    master: MasterData
): { reason: DefectReason; field: string } | null {
    const e = IFS_DOCUMENTS[objectType]
    return shapeDefect(e, row) ?? masterDataDefect(e, row, master)
}

/** A blank required field, a bad amount, or a value of the wrong type. */
function shapeDefect(e: IfsDocumentEntity, row: EmulatorRow): { reason: DefectReason; field: string } | null {
    const optional = new Set<IfsField | null>([e.due, e.poReference])
    const fields = documentFields(e)
    for (const field of fields)
        if (!optional.has(field) && isBlank(row[field.name])) return { reason: 'missing_field', field: field.name }
    for (const field of [e.net, e.tax, e.gross])
        if (!isAmount(row[field.name])) return { reason: 'invalid_value', field: field.name }
    for (const field of fields)
        if (!isBlank(row[field.name]) && !wellTyped(field, row[field.name]))
            return { reason: 'invalid_value', field: field.name }
    return null
}

/** A supplier, GL account or cost center that IFS lacks, or that is not valid on the document's date. */
function masterDataDefect(
    e: IfsDocumentEntity,
    row: EmulatorRow,
    master: MasterData
): { reason: DefectReason; field: string } | null {
    if (!master.suppliers.get([row[e.supplier.name] ?? null]))
        return { reason: 'unknown_supplier', field: e.supplier.name }
    const company = String(row[e.company.name])
    const date = String(row[e.documentDate.name])
    if (!codeValidOn(master.glAccounts, company, date, row[e.glAccount.name]))
        return { reason: 'unknown_gl_account', field: e.glAccount.name }
    if (!codeValidOn(master.costCenters, company, date, row[e.costCenter.name]))
        return { reason: 'unknown_cost_center', field: e.costCenter.name }
    return null
}

/**
 * Whether `code` is a code part (GL account or cost center) of `company` that is valid on `date`
 * (the document's date; the part's valid-from and valid-until both count as valid). Headers and
 * lines are judged by this one rule.
 */
export function codeValidOn(
    sets: ReadonlyMap<string, EntityCollection>,
    company: string,
    date: string,
    code: RowValue | undefined
): boolean {
    const part = sets.get(company)?.get([code ?? null])
    if (!part) return false
    const from = part[IFS_CODE_PART.validFrom.name]
    const until = part[IFS_CODE_PART.validUntil.name]
    return (from === null || String(from) <= date) && (until === null || date <= String(until))
}

export function badRowTruth(
    objectType: ObjectType,
    row: EmulatorRow,
    fault: { reason: DefectReason; field: string }
): BadRowTruth {
    const e = IFS_DOCUMENTS[objectType]
    const key: Record<string, RowValue> = {}
    for (const k of e.keys) key[k.name] = row[k.name] ?? null
    const docNo = row[e.documentNumber.name]
    return {
        objectType,
        key,
        sourceKey: JSON.stringify(key),
        company: String(row[e.company.name] ?? ''),
        documentNumber: typeof docNo === 'string' ? docNo : null,
        ...fault,
    }
}
