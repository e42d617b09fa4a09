import type { EmulatedType as ObjectType } from './emulated-types'
import type { DefectReason } from './defect'
import { dayOf, findDefect, isBlank, utcOf, type MasterData } from './ground-truth'
import { IFS_DOCUMENTS, IFS_SUPPLIER, OBJVERSION } from './ifs-schema'
import type { EmulatorRow, RowValue } from './row'
import { SERVICENOW_SUPPLIER_RULE, serviceNowKnowsSupplier } from './servicenow-suppliers'

/**
 * The emulator's manifest: for every document IFS holds now, its IFS key, what the connector must
 * make of it and the values a staged record must hold. It is the contract the reliability suite,
 * the soak and the integration tests judge the store by, and it is computed here, from the
 * generator's rows and master data, by rules written down in this file — never by calling the
 * engine (src/server), so a bug in the engine's mapping, keys or validation cannot hide itself.
 */
export interface ExpectedValues {
    company: string
    documentNumber: string
    supplierNumber: string
    /** The supplier's `Name` in IFS's supplier set. */
    supplierName: string | null
    /** `YYYY-MM-DD` as IFS wrote it. */
    documentDate: string
    /** UTC, `YYYY-MM-DDTHH:MM:SSZ`: IFS's date-time with its offset applied. */
    createdAt: string
    dueDate: string | null
    currency: string
    netAmount: number
    taxAmount: number
    grossAmount: number
    poReference: string | null
    /** The IFS code: with no admin dimension mapping, the ServiceNow value is the IFS code. */
    glAccount: string
    costCenter: string
    /** IFS's Objstate, as text. */
    state: string
}

/**
 * What the Source-to-Pay import transform makes of a staged document's import row (import-table
 * targets only; other targets have no transform): `rejected` when ServiceNow does not know its
 * supplier for its legal entity (servicenow-suppliers.ts), else `accepted`.
 */
type TransformExpectation = 'accepted' | 'rejected'

type Expectation =
    | { outcome: 'staged'; values: ExpectedValues; importTransform: TransformExpectation }
    /** `reason` null: the row is bad for sure, but the emulator does not vouch for which reason comes first. */
    | { outcome: 'flagged'; reason: DefectReason | null; field: string }
    /**
     * A row whose values a test put in (control API overrides, PATCH): the emulator finds nothing
     * wrong with it in IFS terms, but the target's column sizes may still refuse it. If staged,
     * the record must hold `values`.
     */
    | { outcome: 'staged_or_flagged'; values: ExpectedValues; importTransform: TransformExpectation }

export interface ManifestDocument {
    objectType: ObjectType
    /** The IFS key fields in IFS's key order, as IFS serves them: `[["Company","10"],["InvoiceId",42]]`. */
    key: [string, RowValue][]
    /** Objversion (the position of the row in a keyset read). */
    modified: RowValue
    /** Text identity a target record carries: company, document number, supplier number (exact; null when blank). */
    identity: { company: string | null; documentNumber: string | null; supplierNumber: string | null }
    /** True when a test put values into the row (control API overrides, PATCH) the generator did not make. */
    overridden: boolean
    expected: Expectation
}

export interface Manifest {
    /** The rules the expectations follow, in words (what a reader of a failure needs to know). */
    rules: string[]
    documents: ManifestDocument[]
}

export const MANIFEST_RULES: readonly string[] = [
    'A document is flagged when a required field is blank (missing_field), an amount is not a plain decimal or a date is not a real calendar day (invalid_value), its supplier is not in the supplier set (unknown_supplier), or its GL account / cost center is not in the company or not valid on the document date (unknown_gl_account / unknown_cost_center); checked in that order.',
    'Every other document is staged once, with its company, document number and supplier number exactly as IFS holds them (letter case and trailing spaces make another document), other text trimmed, amounts as numbers, the creation date-time in UTC, the supplier name from the supplier set and the IFS GL account / cost center codes.',
    SERVICENOW_SUPPLIER_RULE,
    'Rows with values put in by a test (overridden) may also be refused by the target (a value longer than its column): staged with the expected values, or flagged.',
]

const text = (v: RowValue | undefined): string | null => (isBlank(v) ? null : String(v).trim())
/**
 * The company, document number and supplier number are a document's identity in IFS, compared
 * binary (Oracle): `PO-1 ` and `po-1` are not `PO-1`. They are expected exactly as IFS holds them.
 */
const exact = (v: RowValue | undefined): string | null => (isBlank(v) ? null : String(v))
const amount = (v: RowValue | undefined): number => (typeof v === 'number' ? v : Number(String(v).trim()))

function expectedValues(objectType: ObjectType, row: EmulatorRow, master: MasterData): ExpectedValues {
    const e = IFS_DOCUMENTS[objectType]
    const supplierRow = master.suppliers.get([row[e.supplier.name] ?? null])
    return {
        company: exact(row[e.company.name]) as string,
        documentNumber: exact(row[e.documentNumber.name]) as string,
        supplierNumber: exact(row[e.supplier.name]) as string,
        supplierName: supplierRow ? text(supplierRow[IFS_SUPPLIER.name.name]) : null,
        documentDate: dayOf(row[e.documentDate.name]) as string,
        createdAt: utcOf(row[e.created.name]) as string,
        dueDate: e.due && !isBlank(row[e.due.name]) ? dayOf(row[e.due.name]) : null,
        currency: text(row[e.currency.name]) as string,
        netAmount: amount(row[e.net.name]),
        taxAmount: amount(row[e.tax.name]),
        grossAmount: amount(row[e.gross.name]),
        poReference: e.poReference ? text(row[e.poReference.name]) : null,
        glAccount: text(row[e.glAccount.name]) as string,
        costCenter: text(row[e.costCenter.name]) as string,
        state: text(row[e.state.name]) as string,
    }
}

/** One document's entry: what IFS holds decides what the connector must do. */
export function manifestDocument(
    objectType: ObjectType,
    row: EmulatorRow,
    master: MasterData,
    overridden: boolean
): ManifestDocument {
    const e = IFS_DOCUMENTS[objectType]
    const defect = findDefect(objectType, row, master)
    let expected: Expectation
    if (defect) expected = { outcome: 'flagged', reason: overridden ? null : defect.reason, field: defect.field }
    else {
        const values = expectedValues(objectType, row, master)
        const importTransform = serviceNowKnowsSupplier(values.supplierNumber, values.company) ? 'accepted' : 'rejected'
        expected = { outcome: overridden ? 'staged_or_flagged' : 'staged', values, importTransform }
    }
    return {
        objectType,
        key: e.keys.map((k): [string, RowValue] => [k.name, row[k.name] ?? null]),
        modified: row[OBJVERSION] ?? null,
        identity: {
            company: exact(row[e.company.name]),
            documentNumber: exact(row[e.documentNumber.name]),
            supplierNumber: exact(row[e.supplier.name]),
        },
        overridden,
        expected,
    }
}
