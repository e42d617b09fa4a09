import { CONNECTION } from '../../../tables/connection'
import type { ObjectType } from '../../../tables/object-types'
import type { StoredRecord } from '../../ports/store'
import type { ConfigError } from './config-error'
import type { ConnectionConfig, FieldMapPreset, PartitionConfig } from './connection-config'
import { checkTenantUrl, checkTokenUrl, defaultTokenUrl } from './tenant-url'
import { IFS_TOKEN_SCOPE } from '../ifs/oauth-scope'

export type ParsedConnection = { ok: true; config: ConnectionConfig } | { ok: false; errors: ConfigError[] }

type Column = keyof typeof CONNECTION.columns
const COLS = CONNECTION.columns

const REALM = /^[A-Za-z0-9_.-]{1,100}$/
const COMPANY = /^[A-Za-z0-9_.-]{1,40}$/
/** `<Projection>.svc/<EntitySet>` with optional key segments, e.g. `X.svc/Set(Company='{company}')/CodeAArray`. */
const ENTITY_SET_PATH = /^[A-Za-z0-9_]+\.svc\/[A-Za-z0-9_(){}=',/]+$/

function text(record: StoredRecord, column: Column): string | null {
    const v = record[column]
    return v === undefined || v === null || v.trim() === '' ? null : v.trim()
}

function withDefault(record: StoredRecord, column: Column): string | null {
    const v = text(record, column)
    if (v !== null) return v
    const d = (COLS[column].options as { default?: string | number | boolean }).default
    return d === undefined ? null : String(d)
}

/** Glide returns booleans as '1'/'0' from getValue and 'true'/'false' from toString: accept both. */
function flag(record: StoredRecord, column: Column): boolean | null {
    const v = withDefault(record, column)
    if (v === null) return null
    if (v === '1' || v === 'true') return true
    if (v === '0' || v === 'false') return false
    return null
}

function integer(record: StoredRecord, column: Column, min: number, max: number, errors: ConfigError[]): number {
    const raw = withDefault(record, column)
    const label = COLS[column].options.label
    const value = raw === null ? NaN : Number(raw)
    if (!Number.isInteger(value) || value < min || value > max) {
        errors.push({
            field: column,
            message: `${label} must be a whole number from ${min} to ${max} (is "${raw ?? ''}")`,
        })
        return min
    }
    return value
}

function entitySet(record: StoredRecord, column: Column, errors: ConfigError[]): string {
    const v = withDefault(record, column) ?? ''
    if (!ENTITY_SET_PATH.test(v) || v.includes('..') || v.includes('//')) {
        errors.push({
            field: column,
            message: `${COLS[column].options.label} must look like <Projection>.svc/<EntitySet> (is "${v}")`,
        })
    }
    return v
}

const PRESETS: readonly FieldMapPreset[] = ['brief', 's2p_import', 's2p_tables']

/**
 * Turns a connection record into a ConnectionConfig, or lists every bad setting with the field it
 * is in and what to do. Nothing is sent to IFS for a record that does not parse.
 */
export function parseConnection(record: StoredRecord): ParsedConnection {
    const errors: ConfigError[] = []
    const name = text(record, 'name') ?? ''
    if (!name) errors.push({ field: 'name', message: 'Name is required' })

    const suffix = withDefault(record, 'allowed_host_suffix') ?? 'ifs.cloud'
    let tenantUrl = ''
    const rawTenant = text(record, 'tenant_url')
    if (rawTenant === null) {
        errors.push({ field: 'tenant_url', message: 'Tenant URL is required, e.g. https://<tenant>.ifs.cloud' })
    } else {
        const check = checkTenantUrl(rawTenant, suffix)
        if (check.ok) tenantUrl = check.url
        else errors.push({ field: 'tenant_url', message: `Tenant URL ${check.reason}` })
    }

    const realm = text(record, 'realm')
    if (realm === null || !REALM.test(realm)) {
        errors.push({
            field: 'realm',
            message: 'Realm is required: letters, digits, "_", "-" or "." (the IFS IAM realm)',
        })
    }
    let tokenUrl = ''
    const override = text(record, 'token_url')
    if (override !== null) {
        const check = checkTokenUrl(override, suffix)
        if (check.ok) tokenUrl = check.url
        else errors.push({ field: 'token_url', message: `Token URL override ${check.reason}` })
    } else if (tenantUrl && realm && REALM.test(realm)) {
        tokenUrl = defaultTokenUrl(tenantUrl, realm)
    }

    const oauthProfile = text(record, 'oauth_profile')
    if (oauthProfile === null) {
        errors.push({
            field: 'oauth_profile',
            message: 'Choose the OAuth profile that holds the IFS client credentials',
        })
    }

    const companies = (text(record, 'companies') ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== '')
    if (companies.length === 0) {
        errors.push({ field: 'companies', message: 'List at least one IFS company id, comma-separated' })
    }
    for (const c of companies) {
        if (!COMPANY.test(c))
            errors.push({ field: 'companies', message: `Company id "${c}" has characters IFS does not use` })
    }

    const partitions: PartitionConfig[] = []
    const partition = (objectType: ObjectType, enabled: Column, set: Column, target: Column) => {
        const on = flag(record, enabled)
        if (on === null)
            errors.push({ field: enabled, message: `${COLS[enabled].options.label} must be true or false` })
        if (!on) return
        const entitySetPath = entitySet(record, set, errors)
        const targetTable = withDefault(record, target) ?? ''
        if (!/^[a-z][a-z0-9_]{1,79}$/.test(targetTable)) {
            errors.push({
                field: target,
                message: `${COLS[target].options.label} must be a table name (is "${targetTable}")`,
            })
        }
        partitions.push({ objectType, entitySetPath, targetTable })
    }
    partition('supplier_invoice', 'sync_invoices', 'invoice_entity_set', 'invoice_target_table')
    partition('purchase_order', 'sync_orders', 'order_entity_set', 'order_target_table')
    if (partitions.length === 0 && !errors.some((e) => e.field.startsWith('sync_'))) {
        errors.push({
            field: 'sync_invoices',
            message: 'Turn on at least one object type (supplier invoices or purchase orders)',
        })
    }

    const masterData = {
        supplierEntitySet: entitySet(record, 'supplier_entity_set', errors),
        glAccountEntitySet: entitySet(record, 'gl_account_entity_set', errors),
        costCenterEntitySet: entitySet(record, 'cost_center_entity_set', errors),
    }

    const preset = withDefault(record, 'field_map_preset') ?? 'brief'
    if (!PRESETS.includes(preset as FieldMapPreset)) {
        errors.push({ field: 'field_map_preset', message: `Field map preset must be one of ${PRESETS.join(', ')}` })
    }

    const pageSize = integer(record, 'page_size', COLS.page_size.min, COLS.page_size.max, errors)
    const requestCeiling = integer(
        record,
        'request_ceiling',
        COLS.request_ceiling.min,
        COLS.request_ceiling.max,
        errors
    )
    const budget = integer(
        record,
        'time_budget_seconds',
        COLS.time_budget_seconds.min,
        COLS.time_budget_seconds.max,
        errors
    )
    const overlapSeconds = integer(
        record,
        'overlap_seconds',
        COLS.overlap_seconds.min,
        COLS.overlap_seconds.max,
        errors
    )
    const lookbackSeconds = integer(
        record,
        'lookback_seconds',
        COLS.lookback_seconds.min,
        COLS.lookback_seconds.max,
        errors
    )
    const dryRun = flag(record, 'dry_run')
    if (dryRun === null) errors.push({ field: 'dry_run', message: 'Dry run must be true or false' })

    if (errors.length > 0) return { ok: false, errors }
    return {
        ok: true,
        config: {
            sysId: record.sys_id,
            name,
            tenantUrl,
            tokenUrl,
            oauthProfile: oauthProfile as string,
            allowedHostSuffix: suffix,
            ...(text(record, 'client_id') ? { clientId: text(record, 'client_id') as string } : {}),
            tokenScope: withDefault(record, 'token_scope') ?? IFS_TOKEN_SCOPE,
            companies,
            partitions,
            masterData,
            fieldMapPreset: preset as FieldMapPreset,
            pageSize,
            requestCeiling,
            timeBudgetMs: budget * 1000,
            overlapSeconds,
            lookbackSeconds,
            dryRun: dryRun === true,
        },
    }
}

/** An unknown object type named in a request (UI, CLI) is refused with the list of known ones. */
export function checkObjectTypeName(value: string): ConfigError | null {
    if (value === 'supplier_invoice' || value === 'purchase_order') return null
    return { field: 'object_type', message: `Unknown object type "${value}": use supplier_invoice or purchase_order` }
}
