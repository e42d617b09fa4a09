import type { ColumnInfo } from '../../server/ports/platform'
import type { Store } from '../../server/ports/store'
import { IMPORT_TABLE_MODELS } from './import-tables'
import type { ModelColumn, ModelTable } from './model-table'
import { REFERENCE_TABLE_MODELS, TARGET_TABLE_MODELS } from './target-tables'

/** Every Source-to-Pay table the stand-in models: import tables, primary/legacy targets, references. */
export const S2P_MODEL_TABLES: readonly ModelTable[] = [
    ...Object.values(IMPORT_TABLE_MODELS),
    ...Object.values(TARGET_TABLE_MODELS),
    ...Object.values(REFERENCE_TABLE_MODELS),
]

export function modelTable(name: string): ModelTable | undefined {
    return S2P_MODEL_TABLES.find((t) => t.name === name)
}

/** A model column as the dictionary describes it (what the Platform port hands the core), with its default. */
export function columnInfoOf(column: ModelColumn): ColumnInfo & { defaultValue?: string } {
    const { name, kind, maxLength, mandatory, choices, defaultValue } = column
    return {
        name,
        kind,
        mandatory,
        ...(maxLength === undefined ? {} : { maxLength }),
        ...(choices === undefined ? {} : { choices }),
        ...(defaultValue === undefined ? {} : { defaultValue }),
    }
}

/** Inserts the model's seed records that are not there yet (found by their fixed sys_id). */
export function seedModelTables(store: Store, tables: readonly ModelTable[] = S2P_MODEL_TABLES): void {
    for (const table of tables)
        for (const record of table.seed ?? []) {
            const sysId = String(record.sys_id)
            if (store.get(table.name, sysId) !== null) continue
            try {
                store.insert(table.name, record)
            } catch (error) {
                // Another process opening the same file seeded it a moment ago: that is fine.
                if (store.get(table.name, sysId) === null) throw error
            }
        }
}
