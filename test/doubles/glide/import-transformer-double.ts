import type { GlideWorld } from './glide-world'

/** A transformAllMaps call as the double saw it. */
export interface TransformCall {
    importSetSysId: string | null
    /** sys_id of the GlideRecord handed to transformAllMaps. */
    importSetRecord: string
    sync: boolean
}

/**
 * GlideImportSetTransformer as its API reference describes it: setImportSetID, setSyncImport,
 * transformAllMaps(importSetGr). The transform maps themselves are the test's: `world.transformMaps`
 * gets the import set's sys_id and does to its rows what the test wants.
 */
export function importSetTransformerClass(worldOf: () => GlideWorld) {
    return class GlideImportSetTransformer {
        private importSetSysId: string | null = null
        private sync = false

        setImportSetID(id: string): void {
            this.importSetSysId = id
        }

        setSyncImport(sync: boolean): void {
            this.sync = sync
        }

        transformAllMaps(importSet: { getUniqueValue(): string }): void {
            const world = worldOf()
            const call = {
                importSetSysId: this.importSetSysId,
                importSetRecord: importSet.getUniqueValue(),
                sync: this.sync,
            }
            world.transformCalls.push(call)
            world.transformMaps(call.importSetRecord)
        }

        isError(): boolean {
            return false
        }
    }
}
