import { SOURCE_PRESETS } from '../document-types/source-presets'

/**
 * The default preset's IFS names (`ifs_cloud`), for tests and the emulator's contract test. The
 * engine never reads these: it reads the names from its connection's config (PartitionConfig.source,
 * ConnectionConfig.masterData), where a preset with the connection's overrides was resolved.
 */
export type { DocumentSource } from '../document-types/source-field'
export { selectFor } from '../document-types/source-field'

export const DOCUMENT_SOURCES = SOURCE_PRESETS.ifs_cloud.documents

/** Master data sets: suppliers (global) and accounting code parts (per company). */
export const SUPPLIER_FIELDS = SOURCE_PRESETS.ifs_cloud.masterData.supplier.fields
export const CODE_PART_FIELDS = SOURCE_PRESETS.ifs_cloud.masterData.glAccount.fields
