import type { EmulatedType as ObjectType } from './emulated-types'
import type { DefectReason } from './defect'
import { IFS_DOCUMENTS } from './ifs-schema'
import type { Random } from './random'
import type { EmulatorRow } from './row'
import { epochSecondsFromStamp, isoDate, isoDateTime } from './stamp'

/** Valid master data codes a good document may reference, per company. */
export interface ReferenceData {
    companies: readonly string[]
    supplierIds: readonly string[]
    glAccounts: ReadonlyMap<string, readonly string[]>
    costCenters: ReadonlyMap<string, readonly string[]>
}

const CURRENCIES = ['EUR', 'SEK', 'USD', 'GBP', 'NOK']
const TAX_RATES = [0, 0.06, 0.12, 0.25]
const STATES: Record<ObjectType, readonly string[]> = {
    purchase_order: ['Planned', 'Released', 'Confirmed', 'Received', 'Closed'],
    supplier_invoice: ['Preliminary', 'Awaiting Authorization', 'Authorized', 'PartlyPaid', 'Paid'],
}
const DOCUMENT_NUMBER: Record<ObjectType, (serial: number, rnd: Random) => string> = {
    purchase_order: (serial) => `PO${String(serial).padStart(7, '0')}`,
    // A few invoice numbers carry a quote, so key and filter escaping get exercised.
    supplier_invoice: (serial, rnd) =>
        rnd.chance(0.02) ? `INV-${serial}/O'R` : `INV-${String(serial).padStart(7, '0')}`,
}
const ODD_AMOUNTS = ['1.234,5x', '12 345,00', '€99.90', '7,5O', '1e3$', 'N/A', '--12.00']

export const nextState = (objectType: ObjectType, state: string): string => {
    const states = STATES[objectType]
    const i = states.indexOf(state)
    return states[Math.min(states.length - 1, i + 1)]
}

const round2 = (x: number): number => Math.round(x * 100) / 100

/** What makes one document different: its serial number, its Objversion and its defect if any. */
export interface DocumentSeed {
    serial: number
    stamp: string
    defect: DefectReason | null
}

/** What documents are drawn from: the master data they reference and the seeded generator. */
export interface DocumentSource {
    ref: ReferenceData
    rnd: Random
}

/**
 * One purchase order or supplier invoice, named by the emulator's own IFS schema (ifs-schema.ts).
 * `defect` makes it a bad row in exactly one way.
 */
export function makeDocument(
    objectType: ObjectType,
    { serial, stamp, defect }: DocumentSeed,
    { ref, rnd }: DocumentSource
): EmulatorRow {
    const f = IFS_DOCUMENTS[objectType]
    const company = rnd.pick(ref.companies)
    const modified = epochSecondsFromStamp(stamp)
    const docDay = modified - rnd.int(0, 120) * 86400
    const net = round2(rnd.int(1000, 5_000_000) / 100)
    const rate = rnd.pick(TAX_RATES)
    const tax = round2(net * rate)
    const row: EmulatorRow = {
        [f.modified.name]: stamp,
        [f.company.name]: company,
        [f.supplier.name]: rnd.pick(ref.supplierIds),
        [f.documentDate.name]: isoDate(docDay),
        [f.created.name]: isoDateTime(docDay + rnd.int(0, 86399)),
        [f.currency.name]: rnd.pick(CURRENCIES),
        [f.net.name]: net,
        [f.tax.name]: tax,
        [f.gross.name]: round2(net + tax),
        [f.glAccount.name]: rnd.pick(ref.glAccounts.get(company) ?? []),
        [f.costCenter.name]: rnd.pick(ref.costCenters.get(company) ?? []),
        [f.state.name]: rnd.pick(STATES[objectType]),
    }
    if (f.due) row[f.due.name] = isoDate(docDay + rnd.pick([10, 30, 45, 60]) * 86400)
    const docNo = DOCUMENT_NUMBER[objectType](serial, rnd)
    row[f.documentNumber.name] = docNo
    for (const k of f.keys) if (!(k.name in row)) row[k.name] = k.kind === 'number' ? serial : docNo
    if (f.poReference)
        row[f.poReference.name] = rnd.chance(0.6) ? `PO${String(rnd.int(1, serial)).padStart(7, '0')}` : null
    if (defect) applyDefect(objectType, row, { defect, serial }, rnd)
    return row
}

function applyDefect(
    objectType: ObjectType,
    row: EmulatorRow,
    { defect, serial }: { defect: DefectReason; serial: number },
    rnd: Random
): void {
    const f = IFS_DOCUMENTS[objectType]
    switch (defect) {
        case 'unknown_gl_account':
            row[f.glAccount.name] = `9${String(serial % 1000).padStart(3, '0')}X`
            return
        case 'unknown_cost_center':
            row[f.costCenter.name] = `CCX${serial % 500}`
            return
        case 'unknown_supplier':
            row[f.supplier.name] = `SUPX${serial % 300}`
            return
        case 'missing_field':
            row[rnd.chance(0.5) ? f.currency.name : f.documentDate.name] = null
            return
        case 'invalid_value':
            row[f.net.name] = rnd.pick(ODD_AMOUNTS)
            return
    }
}
