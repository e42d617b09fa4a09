import type { ObjectType } from '../../../tables/object-types'
import { IFS_CODE_PART, IFS_DOCUMENTS, IFS_SUPPLIER, OBJVERSION, type IfsField } from './ifs-schema'
import type { RowValue } from './row'
import { DEFAULT_ENTITY_SET_PATHS } from '../server/entity-set-paths'

/**
 * The emulator's profiles: the same generated documents under the names of one IFS-like tenant.
 * `ifs-cloud` is the default projection as far as public sources show it (ifs-schema.ts), in which
 * the generator writes. `ifs-alt` is an equally IFS-like tenant with other names: a text invoice
 * key, an `Edm.DateTimeOffset` stamp instead of Objversion, other amount names, code parts C and
 * D, suppliers and code parts at other paths (code parts in flat sets with a Company column).
 * Each profile is a rename of the generator's fields plus value conversions, so rows, `$metadata`
 * and the manifest of a profile all come from this one definition.
 */
export type ProfileName = 'ifs-cloud' | 'ifs-alt'

const PROFILE_NAMES: readonly ProfileName[] = ['ifs-cloud', 'ifs-alt']

export function isProfileName(value: unknown): value is ProfileName {
    return typeof value === 'string' && (PROFILE_NAMES as readonly string[]).includes(value)
}

/** A generator field under a profile's name; `kind` when the profile types it otherwise. */
interface Renamed {
    name: string
    kind?: IfsField['kind']
}

/** A field of one set: generator name → profile name (and kind). Fields not listed keep theirs. */
type Renames = Readonly<Record<string, Renamed>>

export interface ProfileSet {
    /** Below the projection root; `{company}` in a per-company path. */
    path: string
    renames: Renames
    /** The profile's key fields, in key order (generator names renamed). */
    keys: readonly string[]
}

export interface EmulatorProfile {
    name: ProfileName
    documents: Readonly<Record<ObjectType, ProfileSet>>
    suppliers: ProfileSet
    glAccounts: ProfileSet
    costCenters: ProfileSet
    /** The document stamp: Objversion text, or an `Edm.DateTimeOffset`. */
    stampFormat: 'objversion' | 'datetimeoffset'
}

const keep = (entity: { keys: readonly IfsField[] }): string[] => entity.keys.map((k) => k.name)

/** `ifs-cloud`: the generator's own names at the connection table's default paths. */
const IFS_CLOUD: Omit<EmulatorProfile, 'documents' | 'suppliers' | 'glAccounts' | 'costCenters'> = {
    name: 'ifs-cloud',
    stampFormat: 'objversion',
}

const STAMP: Renamed = { name: 'ChangedAt', kind: 'datetime' }

/** Generator field → ifs-alt name, per document type. */
const ALT_DOCUMENT_RENAMES: Readonly<Record<ObjectType, Renames>> = {
    supplier_invoice: {
        [OBJVERSION]: STAMP,
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
        [OBJVERSION]: STAMP,
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

const ALT_CODE_PART: Renames = {
    [OBJVERSION]: STAMP,
    [IFS_CODE_PART.value.name]: { name: 'Code' },
    [IFS_CODE_PART.validUntil.name]: { name: 'ValidTo' },
}

export const PROFILES: Readonly<Record<ProfileName, EmulatorProfile>> = {
    'ifs-cloud': {
        ...IFS_CLOUD,
        documents: {
            supplier_invoice: {
                path: DEFAULT_ENTITY_SET_PATHS.supplier_invoice,
                renames: {},
                keys: keep(IFS_DOCUMENTS.supplier_invoice),
            },
            purchase_order: {
                path: DEFAULT_ENTITY_SET_PATHS.purchase_order,
                renames: {},
                keys: keep(IFS_DOCUMENTS.purchase_order),
            },
        },
        suppliers: { path: DEFAULT_ENTITY_SET_PATHS.suppliers, renames: {}, keys: [IFS_SUPPLIER.id.name] },
        glAccounts: {
            path: DEFAULT_ENTITY_SET_PATHS.glAccounts,
            renames: {},
            keys: [IFS_CODE_PART.value.name],
        },
        costCenters: {
            path: DEFAULT_ENTITY_SET_PATHS.costCenters,
            renames: {},
            keys: [IFS_CODE_PART.value.name],
        },
    },
    'ifs-alt': {
        name: 'ifs-alt',
        stampFormat: 'datetimeoffset',
        documents: {
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
        },
        suppliers: {
            path: 'SupplierDirectory.svc/Suppliers',
            renames: {
                [OBJVERSION]: STAMP,
                [IFS_SUPPLIER.id.name]: { name: 'SupplierNo' },
                [IFS_SUPPLIER.name.name]: { name: 'SupplierName' },
            },
            keys: ['SupplierNo'],
        },
        // Flat sets: every company's values, told apart by the Company column.
        glAccounts: {
            path: 'AccountingStructure.svc/CodePartCValues',
            renames: ALT_CODE_PART,
            keys: ['Company', 'Code'],
        },
        costCenters: {
            path: 'AccountingStructure.svc/CodePartDValues',
            renames: ALT_CODE_PART,
            keys: ['Company', 'Code'],
        },
    },
}

/** The profile's name and kind of a generator field. */
export function renamedField(set: ProfileSet, field: IfsField): IfsField {
    const r = set.renames[field.name]
    return r ? { name: r.name, kind: r.kind ?? field.kind } : field
}

/** `20260115080000` → `2026-01-15T08:00:00Z`. */
function objversionToDateTime(stamp: string): string {
    const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(stamp)
    return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : stamp
}

/** The text invoice key of ifs-alt: `SI-` and the generator's number, eight digits wide (text order = number order). */
function textInvoiceKey(id: RowValue): RowValue {
    return typeof id === 'number' ? `SI-${String(id).padStart(8, '0')}` : id
}

/** A generator row's value under the profile: stamps as date-times, numeric invoice ids as text keys. */
export function convertedValue(set: ProfileSet, field: string, value: RowValue): RowValue {
    if (field === OBJVERSION && set.renames[field]?.kind === 'datetime')
        return typeof value === 'string' ? objversionToDateTime(value) : value
    if (field === 'InvoiceId' && set.renames[field]?.kind === 'string') return textInvoiceKey(value)
    return value
}
