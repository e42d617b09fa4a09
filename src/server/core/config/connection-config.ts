import type { ObjectType } from '../../../tables/object-types'
import type { MasterDataSource } from '../document-types/master-data-source'
import type { DocumentSource } from '../document-types/source-field'

export type FieldMapPreset = 'brief' | 's2p_import' | 's2p_tables' | 'legacy_procurement'

/** When staged import rows are transformed: at the end of the run, or by the platform's own schedule. */
export type TransformMode = 'run_now' | 'platform_schedule'

/** Where one object type is read from and staged to. */
export interface PartitionConfig {
    objectType: ObjectType
    /** `<Projection>.svc/<EntitySet>` below `/main/ifsapplications/projection/v1/`. */
    entitySetPath: string
    targetTable: string
    /** Every IFS name the engine reads for this type: a preset with the connection's overrides, checked. */
    source: DocumentSource
}

/**
 * A connection record, parsed and validated (core/config/parse-connection). Holding one means
 * every limit is within IFS's ceilings and the tenant URL passed the host checks.
 */
export interface ConnectionConfig {
    sysId: string
    name: string
    /** `https://<tenant>.ifs.cloud`, no trailing slash. */
    tenantUrl: string
    tokenUrl: string
    /** sys_id of the oauth_entity_profile on the instance; the config file's client id in Node. */
    oauthProfile: string
    /** The host suffix the tenant and token URLs must be under (default ifs.cloud). */
    allowedHostSuffix?: string
    /** The client id the connection expects its OAuth provider to use; unset: not compared. */
    clientId?: string
    /** OAuth scope asked for in the client-credentials request (IFS_TOKEN_SCOPE when unset). */
    tokenScope?: string
    companies: readonly string[]
    partitions: readonly PartitionConfig[]
    /**
     * Where master data is read and what its fields are called. A code part's entity set may contain
     * `{company}`, replaced by the company id as an OData string literal body.
     */
    masterData: MasterDataSource
    fieldMapPreset: FieldMapPreset
    /** sys_id of the sn_fin_erp_source record staged rows name; empty when not chosen. */
    erpSource: string
    /** Written to the import table's external invoice source (default 'IFS Cloud'). */
    externalInvoiceSource: string
    transformMode: TransformMode
    /** 1..5000 */
    pageSize: number
    /** 1..1000 requests per rolling minute, all requests of this connection counted. */
    requestCeiling: number
    timeBudgetMs: number
    overlapSeconds: number
    /** Every run re-reads rows stamped up to this long before its cursor (late commits, stamps moved back). */
    lookbackSeconds: number
    /**
     * How long a changed line waits for a document IFS does not show yet before the document is
     * flagged (core/lines/waiting-lines); DEFAULT_HEADER_WAIT_HOURS when absent.
     */
    headerWaitHours?: number
    /**
     * Staged documents per object type whose line keys (receipts: keys) are read again each run to
     * mark what IFS deleted (core/lines/removal-sweep); 0 = off; DEFAULT_REMOVAL_CHECKS_PER_RUN when absent.
     */
    removalChecksPerRun?: number
    dryRun: boolean
}

/** Documents per object type and run checked for lines or receipts deleted in IFS, by default. */
export const DEFAULT_REMOVAL_CHECKS_PER_RUN = 200

/** A line that arrives before its header waits this long for it by default. */
export const DEFAULT_HEADER_WAIT_HOURS = 24
