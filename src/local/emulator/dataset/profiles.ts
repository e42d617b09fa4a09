import type { EmulatedType as ObjectType } from './emulated-types'
import {
    ALT_STAMP,
    IFS_ALT_DOCUMENTS,
    IFS_CODE_PART,
    IFS_DOCUMENTS,
    IFS_SUPPLIER,
    OBJVERSION,
    ownNamesSet,
    type IfsField,
    type ProfileSet,
} from './ifs-schema'
import { perEmulatedType } from './emulated-types'
import type { RowValue } from './row'
import { DEFAULT_ENTITY_SET_PATHS } from '../server/entity-set-paths'
import { IFS_ALT_LINE_SETS, IFS_CLOUD_LINE_SETS, type LineKind } from './line-schema'

export type { ProfileSet }

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

type Renames = ProfileSet['renames']

export interface EmulatorProfile {
    name: ProfileName
    documents: Readonly<Record<ObjectType, ProfileSet>>
    suppliers: ProfileSet
    glAccounts: ProfileSet
    costCenters: ProfileSet
    /** The document stamp: Objversion text, or an `Edm.DateTimeOffset`. */
    stampFormat: 'objversion' | 'datetimeoffset'
    /** PO lines, invoice lines, posting rows and receipts (line-schema.ts). */
    lines: Readonly<Record<LineKind, ProfileSet>>
}

/** `ifs-cloud`: the generator's own names at the connection table's default paths. */
const IFS_CLOUD: Omit<EmulatorProfile, 'documents' | 'suppliers' | 'glAccounts' | 'costCenters' | 'lines'> = {
    name: 'ifs-cloud',
    stampFormat: 'objversion',
}

const ALT_CODE_PART: Renames = {
    [OBJVERSION]: ALT_STAMP,
    [IFS_CODE_PART.value.name]: { name: 'Code' },
    [IFS_CODE_PART.validUntil.name]: { name: 'ValidTo' },
}

export const PROFILES: Readonly<Record<ProfileName, EmulatorProfile>> = {
    'ifs-cloud': {
        ...IFS_CLOUD,
        lines: IFS_CLOUD_LINE_SETS,
        documents: perEmulatedType((t) => ownNamesSet(DEFAULT_ENTITY_SET_PATHS[t], IFS_DOCUMENTS[t].keys)),
        suppliers: ownNamesSet(DEFAULT_ENTITY_SET_PATHS.suppliers, [IFS_SUPPLIER.id]),
        glAccounts: ownNamesSet(DEFAULT_ENTITY_SET_PATHS.glAccounts, [IFS_CODE_PART.value]),
        costCenters: ownNamesSet(DEFAULT_ENTITY_SET_PATHS.costCenters, [IFS_CODE_PART.value]),
    },
    'ifs-alt': {
        name: 'ifs-alt',
        stampFormat: 'datetimeoffset',
        documents: IFS_ALT_DOCUMENTS,
        lines: IFS_ALT_LINE_SETS,
        suppliers: {
            path: 'SupplierDirectory.svc/Suppliers',
            renames: {
                [OBJVERSION]: ALT_STAMP,
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
