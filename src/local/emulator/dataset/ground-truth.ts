import { CODE_PART_FIELDS, DOCUMENT_SOURCES, type SourceField } from '../../../server/core/ifs/source-fields'
import type { ObjectType } from '../../../tables/object-types'
import type { DefectReason } from './defect'
import type { EntityCollection } from './entity-collection'
import type { EmulatorRow, RowValue } from './row'

/** A bad row as the ground truth knows it: what the engine should flag, and why. */
export interface BadRowTruth {
    objectType: ObjectType
    /** IFS key, e.g. `{ Company: '10', InvoiceId: 42 }`. */
    key: Record<string, RowValue>
    /** The key as JSON in DOCUMENT_SOURCES key order: the flag's `source_key`. */
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
// (blank is missing, amounts are plain decimals, codes must exist and be valid on the document
// date), not the same code, so a validator bug shows up as flagged != bad.
const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/
const isBlank = (v: RowValue | undefined): boolean => v === null || v === undefined || String(v).trim() === ''
const isAmount = (v: RowValue | undefined): boolean =>
    (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && PLAIN_DECIMAL.test(v.trim()))

/** The first defect of a document row against the master data as it stands, or null. */
export function findDefect(
    objectType: ObjectType,
    row: EmulatorRow,
    master: MasterData
): { reason: DefectReason; field: string } | null {
    const f = DOCUMENT_SOURCES[objectType].fields
    const optional = new Set<SourceField | null>([f.dueDate, f.poReference])
    for (const field of Object.values(f))
        if (field && !optional.has(field) && isBlank(row[field.name]))
            return { reason: 'missing_field', field: field.name }
    for (const field of [f.netAmount, f.taxAmount, f.grossAmount])
        if (!isAmount(row[field.name])) return { reason: 'invalid_value', field: field.name }
    if (!master.suppliers.get([row[f.supplierNumber.name] ?? null]))
        return { reason: 'unknown_supplier', field: f.supplierNumber.name }
    const company = String(row[f.company.name])
    const date = String(row[f.documentDate.name])
    const validCode = (sets: ReadonlyMap<string, EntityCollection>, code: RowValue | undefined): boolean => {
        const part = sets.get(company)?.get([code ?? null])
        if (!part) return false
        const from = part[CODE_PART_FIELDS.validFrom.name]
        const until = part[CODE_PART_FIELDS.validUntil.name]
        return (from === null || String(from) <= date) && (until === null || date <= String(until))
    }
    if (!validCode(master.glAccounts, row[f.glAccount.name]))
        return { reason: 'unknown_gl_account', field: f.glAccount.name }
    if (!validCode(master.costCenters, row[f.costCenter.name]))
        return { reason: 'unknown_cost_center', field: f.costCenter.name }
    return null
}

export function badRowTruth(
    objectType: ObjectType,
    row: EmulatorRow,
    fault: { reason: DefectReason; field: string }
): BadRowTruth {
    const src = DOCUMENT_SOURCES[objectType]
    const key: Record<string, RowValue> = {}
    for (const k of src.keys) key[k.name] = row[k.name] ?? null
    const docNo = row[src.fields.documentNumber.name]
    return {
        objectType,
        key,
        sourceKey: JSON.stringify(key),
        company: String(row[src.fields.company.name] ?? ''),
        documentNumber: typeof docNo === 'string' ? docNo : null,
        ...fault,
    }
}
