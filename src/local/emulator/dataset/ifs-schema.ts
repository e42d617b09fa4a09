import type { EmulatedType as ObjectType } from './emulated-types'

/**
 * What the emulated IFS tenant serves, written down here and nowhere else: entity sets, their key
 * fields (in IFS's key order) and the fields of every row. The names follow IFS's default
 * projections as far as public sources show them (`/work/shared/reference/ifs-odata-facts.md`);
 * they are deliberately NOT taken from the engine's `src/server/core/ifs/source-fields.ts`, so
 * a test that finds the engine reading these names proves something about the contract with IFS
 * (test/emulator/ifs-schema.test.ts compares the two).
 */
export type IfsFieldKind = 'string' | 'number' | 'date' | 'datetime'

export interface IfsField {
    name: string
    kind: IfsFieldKind
}

/** The fields of one document entity, named by what they mean (the generator's vocabulary). */
export interface IfsDocumentEntity {
    /** What the emulator's start-up line calls these documents. */
    plural: string
    /** Objversion: `YYYYMMDDHHMMSS` (UTC), the modification stamp IFS writes. */
    modified: IfsField
    /** Key fields in IFS's key order (the `$metadata` `Key`). */
    keys: readonly IfsField[]
    company: IfsField
    documentNumber: IfsField
    supplier: IfsField
    documentDate: IfsField
    created: IfsField
    due: IfsField | null
    currency: IfsField
    net: IfsField
    tax: IfsField
    gross: IfsField
    poReference: IfsField | null
    glAccount: IfsField
    costCenter: IfsField
    state: IfsField
}

const str = (name: string): IfsField => ({ name, kind: 'string' })
const num = (name: string): IfsField => ({ name, kind: 'number' })
const date = (name: string): IfsField => ({ name, kind: 'date' })
const dateTime = (name: string): IfsField => ({ name, kind: 'datetime' })

export const OBJVERSION = 'Objversion'

/** `PurchaseOrderHandling.svc/PurchaseOrderSet`: keyed by `OrderNo`, the PO number itself. */
const PURCHASE_ORDER: IfsDocumentEntity = {
    plural: 'purchase orders',
    modified: str(OBJVERSION),
    keys: [str('OrderNo')],
    company: str('Company'),
    documentNumber: str('OrderNo'),
    supplier: str('VendorNo'),
    documentDate: date('OrderDate'),
    created: dateTime('DateEntered'),
    due: date('WantedReceiptDate'),
    currency: str('CurrencyCode'),
    net: num('NetAmount'),
    tax: num('TaxAmount'),
    gross: num('GrossAmount'),
    poReference: null,
    glAccount: str('CodeA'),
    costCenter: str('CodeB'),
    state: str('Objstate'),
}

/** The supplier invoice set: keyed by `Company` + numeric `InvoiceId`; `InvoiceNo` is the supplier's number. */
const SUPPLIER_INVOICE: IfsDocumentEntity = {
    plural: 'supplier invoices',
    modified: str(OBJVERSION),
    keys: [str('Company'), num('InvoiceId')],
    company: str('Company'),
    documentNumber: str('InvoiceNo'),
    supplier: str('Identity'),
    documentDate: date('InvoiceDate'),
    created: dateTime('CreationDate'),
    due: date('DueDate'),
    currency: str('Currency'),
    net: num('NetCurrAmount'),
    tax: num('VatCurrAmount'),
    gross: num('GrossCurrAmount'),
    poReference: str('PoRef'),
    glAccount: str('CodeA'),
    costCenter: str('CodeB'),
    state: str('Objstate'),
}

export const IFS_DOCUMENTS: Readonly<Record<ObjectType, IfsDocumentEntity>> = {
    supplier_invoice: SUPPLIER_INVOICE,
    purchase_order: PURCHASE_ORDER,
}

/** Every field of a document entity, key and stamp included, without repeats. */
export function documentFields(entity: IfsDocumentEntity): IfsField[] {
    const all: (IfsField | null)[] = [
        entity.modified,
        ...entity.keys,
        entity.company,
        entity.documentNumber,
        entity.supplier,
        entity.documentDate,
        entity.created,
        entity.due,
        entity.currency,
        entity.net,
        entity.tax,
        entity.gross,
        entity.poReference,
        entity.glAccount,
        entity.costCenter,
        entity.state,
    ]
    const seen = new Map<string, IfsField>()
    for (const f of all) if (f && !seen.has(f.name)) seen.set(f.name, f)
    return [...seen.values()]
}

/** `SupplierInfoGeneralSet`: suppliers are global. */
export const IFS_SUPPLIER = { id: str('SupplierId'), name: str('Name') }

/** `CompanyFinanceSet(Company='…')/CodeAArray` (GL accounts) and `/CodeBArray` (cost centers). */
export const IFS_CODE_PART = {
    company: str('Company'),
    value: str('CodeValue'),
    description: str('Description'),
    validFrom: date('ValidFrom'),
    validUntil: date('ValidUntil'),
}

/** One set as a profile serves it (see profiles.ts). */
export interface ProfileSet {
    /** Below the projection root; `{company}` in a per-company path. */
    path: string
    /** Generator field → the profile's name (and kind, when it types it otherwise); others keep theirs. */
    renames: Readonly<Record<string, { name: string; kind?: IfsFieldKind }>>
    /** The profile's key fields, in key order. */
    keys: readonly string[]
}

/** A set served under the generator's own names (profile ifs-cloud): nothing renamed, the generated key. */
export function ownNamesSet(path: string, keys: readonly { name: string }[]): ProfileSet {
    return { path, renames: {}, keys: keys.map((k) => k.name) }
}

/** Profile `ifs-alt`'s document stamp: an `Edm.DateTimeOffset`, where ifs-cloud has Objversion. */
export const ALT_STAMP = { name: 'ChangedAt', kind: 'datetime' } as const

/** Generator field → ifs-alt name, per document type. */

const ALT_DOCUMENT_RENAMES: Readonly<Record<ObjectType, ProfileSet['renames']>> = {
    supplier_invoice: {
        [OBJVERSION]: ALT_STAMP,
        InvoiceId: { name: 'InvoiceKey', kind: 'string' },
        InvoiceNo: { name: 'SupplierInvoiceNo' },
        Identity: { name: 'SupplierNo' },
        CreationDate: { name: 'CreatedAt' },
        DueDate: { name: 'PayDueDate' },
        Currency: { name: 'CurrencyCode' },
        NetCurrAmount: { name: 'NetAmount' },
        VatCurrAmount: { name: 'TaxAmount' },
        GrossCurrAmount: { name: 'TotalAmount' },
        PoRef: { name: 'PurchaseOrderRef' },
        CodeA: { name: 'CodeC' },
        CodeB: { name: 'CodeD' },
        Objstate: { name: 'Status' },
    },
    purchase_order: {
        [OBJVERSION]: ALT_STAMP,
        VendorNo: { name: 'SupplierNo' },
        DateEntered: { name: 'CreatedAt' },
        WantedReceiptDate: { name: 'WantedDeliveryDate' },
        CurrencyCode: { name: 'Currency' },
        NetAmount: { name: 'TotalNetAmount' },
        TaxAmount: { name: 'TotalTaxAmount' },
        GrossAmount: { name: 'TotalGrossAmount' },
        CodeA: { name: 'CodeC' },
        CodeB: { name: 'CodeD' },
        Objstate: { name: 'Status' },
    },
}

/** Profile `ifs-alt`'s document sets: other paths, a text invoice key, other names. */
export const IFS_ALT_DOCUMENTS: Readonly<Record<ObjectType, ProfileSet>> = {
    supplier_invoice: {
        path: 'SupplierInvoiceHandling.svc/SupplierInvoiceSet',
        renames: ALT_DOCUMENT_RENAMES.supplier_invoice,
        keys: ['Company', 'InvoiceKey'],
    },
    purchase_order: {
        path: 'PurchaseOrderAnalysis.svc/PurchaseOrderHeaderSet',
        renames: ALT_DOCUMENT_RENAMES.purchase_order,
        keys: ['OrderNo'],
    },
}
