import { OBJECT_TYPES, isObjectType } from '../../../tables/object-types'
import type { ObjectType } from '../../../tables/object-types'
import type { StoredRecord } from '../../ports/store'
import type { ConfigError } from './config-error'
import { DEFAULT_HEADER_WAIT_HOURS, DEFAULT_REMOVAL_CHECKS_PER_RUN } from './connection-config'
import type { ConnectionConfig, FieldMapPreset, TransformMode } from './connection-config'
import { booleanOf, checkConnectionSettings, companyList, normaliseSettings, wholeNumberOf } from './connection-rules'
import type { SettingValues, Settings } from './connection-rules'
import { checkTenantUrl, checkTokenUrl, defaultTokenUrl } from './tenant-url'
import { IFS_TOKEN_SCOPE } from '../ifs/oauth-scope'
import type { MasterDataNames } from '../document-types/source-presets'
import { SOURCE_MAPPING_FIELD, resolveConnectionSources } from './connection-sources'
import { activeTypes, checkTypeRows, partitionsOf, typeRowOverrides } from './connection-types'

export type ParsedConnection = { ok: true; config: ConnectionConfig } | { ok: false; errors: ConfigError[] }

/**
 * Turns a connection record and its document type rows (connection-types.ts) into a
 * ConnectionConfig, or lists every bad setting with the field it is in and what to do. The checks
 * are the rule tables' (connection-rules.ts, connection-type-rules.ts), the same the forms' client
 * scripts and the save business rules run. Nothing is sent to IFS for a record that does not parse.
 */
export function parseConnection(record: StoredRecord, typeRows: readonly SettingValues[]): ParsedConnection {
    // The source mapping's save rule checks it without the rows; resolveConnectionSources below
    // checks it again with them (active types, row overrides) and names each problem's key.
    const settingErrors = checkConnectionSettings(record).filter((e) => e.field !== SOURCE_MAPPING_FIELD)
    const errors = [...settingErrors, ...checkTypeRows(typeRows)]
    if (errors.length > 0) return { ok: false, errors }
    const s = normaliseSettings(record)
    const endpoints = endpointsOf(s)
    if (endpoints === null) {
        // Unreachable: the rule table ran the same checks. Kept so the types need no assertion.
        return { ok: false, errors: [{ field: 'tenant_url', message: 'Tenant URL or token URL is invalid' }] }
    }
    const sources = resolveConnectionSources(record[SOURCE_MAPPING_FIELD] ?? null, {
        types: activeTypes(typeRows),
        rowOverrides: typeRowOverrides(typeRows),
    })
    if (!sources.ok) return { ok: false, errors: sources.errors }
    const companies = companyList(s.companies)
    return {
        ok: true,
        config: {
            sysId: record.sys_id,
            name: s.name,
            ...endpoints,
            oauthProfile: s.oauth_profile,
            allowedHostSuffix: s.allowed_host_suffix,
            ...(s.client_id !== '' ? { clientId: s.client_id } : {}),
            tokenScope: s.token_scope === '' ? IFS_TOKEN_SCOPE : s.token_scope,
            companies: companies.ok ? companies.companies : [],
            partitions: partitionsOf(typeRows, {
                preset: s.field_map_preset as FieldMapPreset,
                sources: sources.documents,
            }),
            masterData: masterDataOf(s, sources.masterData),
            fieldMapPreset: s.field_map_preset as FieldMapPreset,
            erpSource: s.erp_source,
            externalInvoiceSource: s.external_invoice_source,
            transformMode: s.transform_mode as TransformMode,
            ...limitsOf(s),
        },
    }
}

/** The tenant origin and the token endpoint (the override, or the realm's default); null if either fails its checks. */
function endpointsOf(s: Settings): Pick<ConnectionConfig, 'tenantUrl' | 'tokenUrl'> | null {
    const suffix = s.allowed_host_suffix
    const tenant = checkTenantUrl(s.tenant_url, suffix)
    if (!tenant.ok) return null
    if (s.token_url === '') return { tenantUrl: tenant.url, tokenUrl: defaultTokenUrl(tenant.url, s.realm) }
    const override = checkTokenUrl(s.token_url, suffix)
    return override.ok ? { tenantUrl: tenant.url, tokenUrl: override.url } : null
}

/** The master-data sets: the record's entity sets with the resolved names and code-part letters. */
function masterDataOf(s: Settings, names: MasterDataNames): ConnectionConfig['masterData'] {
    return {
        supplier: { entitySet: s.supplier_entity_set, ...names.supplier },
        glAccount: { entitySet: s.gl_account_entity_set, ...names.glAccount },
        costCenter: { entitySet: s.cost_center_entity_set, ...names.costCenter },
    }
}

type Limits = Pick<
    ConnectionConfig,
    | 'pageSize'
    | 'requestCeiling'
    | 'timeBudgetMs'
    | 'overlapSeconds'
    | 'lookbackSeconds'
    | 'headerWaitHours'
    | 'removalChecksPerRun'
    | 'dryRun'
>

function limitsOf(s: Settings): Limits {
    return {
        pageSize: wholeNumberOf(s.page_size) ?? 0,
        requestCeiling: wholeNumberOf(s.request_ceiling) ?? 0,
        timeBudgetMs: (wholeNumberOf(s.time_budget_seconds) ?? 0) * 1000,
        overlapSeconds: wholeNumberOf(s.overlap_seconds) ?? 0,
        lookbackSeconds: wholeNumberOf(s.lookback_seconds) ?? 0,
        headerWaitHours: wholeNumberOf(s.header_wait_hours) ?? DEFAULT_HEADER_WAIT_HOURS,
        removalChecksPerRun: wholeNumberOf(s.removal_checks_per_run) ?? DEFAULT_REMOVAL_CHECKS_PER_RUN,
        dryRun: booleanOf(s.dry_run) === true,
    }
}

/** An unknown object type named in a request (UI, CLI) is refused with the list of known ones. */
export function checkObjectTypeName(value: string): ConfigError | null {
    if (isObjectType(value)) return null
    return { field: 'object_type', message: `Unknown object type "${value}": use ${OBJECT_TYPES.join(' or ')}` }
}
