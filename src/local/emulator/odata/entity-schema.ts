import type { IfsFieldKind as FieldKind } from '../dataset/ifs-schema'

/** What the emulator knows about one entity set's rows: field kinds (for type checks) and key. */
export interface EntitySchema {
    /** Entity set name as it appears in `@odata.context`, e.g. `PurchaseOrderSet`. */
    name: string
    fields: ReadonlyMap<string, FieldKind>
    keys: readonly string[]
    /** The field the row's ETag is made of; Objversion when not given. */
    stamp?: string
}
