import { CONNECTION } from '../../../tables/connection'
import { OBJECT_TYPES } from '../document-types/object-type'
import type { ConfigError } from './config-error'
import { resolveConnectionSources } from './connection-sources'
import { checkHostSuffix, checkTenantUrl, checkTokenUrl } from './tenant-url'

// The one definition of what a connection's settings may hold. It drives, unchanged:
//   - the server: parseConnection (every run, Test connection, the local CLI's config file) and the
//     connection table's before insert/update business rule (entry/ui/validate-connection-rule);
//   - the browser: src/fluent/client/connection-settings-validation.js is generated from this file by
//     scripts/build-client-scripts.js (the client script cannot import modules), and a test fails
//     when the generated file is older than this one.
// So the rules and their messages cannot drift apart. Pure data and pure functions only: this file
// is bundled into a browser script as well as loaded as a sys_module.

const COLS = CONNECTION.columns

/** Every setting the connection form shows (the Status section is written by the job only). */
export const SETTING_FIELDS = [
    'name',
    'active',
    'tenant_url',
    'allowed_host_suffix',
    'realm',
    'token_url',
    'oauth_profile',
    'client_id',
    'token_scope',
    'companies',
    'supplier_entity_set',
    'gl_account_entity_set',
    'cost_center_entity_set',
    'source_mapping',
    'field_map_preset',
    'erp_source',
    'external_invoice_source',
    'transform_mode',
    'page_size',
    'request_ceiling',
    'time_budget_seconds',
    'overlap_seconds',
    'lookback_seconds',
    'header_wait_hours',
    'removal_checks_per_run',
    'dry_run',
] as const

export type SettingField = (typeof SETTING_FIELDS)[number]

/** Raw values as a form (g_form.getValue) or a record (getValue) holds them; other fields are ignored. */
export type SettingValues = { readonly [field: string]: string | number | boolean | null | undefined }

/** Trimmed values with the dictionary default in place of an empty one: what every rule reads. */
export type Settings = Readonly<Record<SettingField, string>>

export interface SettingRule {
    field: SettingField
    /** The message for the field, or null when the value is fine. */
    check(value: string, all: Settings): string | null
}

type Column = (typeof COLS)[SettingField]

function labelOf(field: SettingField): string {
    return COLS[field].options.label
}

function defaultOf(field: SettingField): string {
    const d = (COLS[field] as Column).options as { default?: string | number | boolean }
    return d.default === undefined ? '' : String(d.default)
}

/** A value quoted in a message: at most 60 characters, so an oversized paste cannot flood the form. */
export function quoted(value: string): string {
    return '"' + (value.length > 60 ? value.slice(0, 57) + '...' : value) + '"'
}

/** Fills defaults and trims, the way the dictionary fills an empty field of a new record. */
export function normaliseSettings(raw: SettingValues): Settings {
    const out: Record<string, string> = {}
    for (const field of SETTING_FIELDS) {
        const v = raw[field]
        const text = v === undefined || v === null ? '' : String(v).trim()
        out[field] = text === '' ? defaultOf(field) : text
    }
    return out as Settings
}

// --- rule builders (pure) ---

const CONTROL = /[\u0000-\u001f\u007f]/

function maxLengthOf(field: SettingField): number | null {
    const options = (COLS[field] as Column).options as { maxLength?: number }
    return options.maxLength ?? null
}

/** Length and control characters of a one-line text value labelled `label`; null when it fits. */
export function textProblem(label: string, max: number | null, value: string): string | null {
    if (max !== null && value.length > max) return `${label} is longer than ${max} characters`
    if (CONTROL.test(value)) return `${label} must not contain line breaks or control characters`
    return null
}

/** Length and control characters, for every text field: the database would cut a longer value. */
function textShape(field: SettingField, value: string): string | null {
    return textProblem(labelOf(field), maxLengthOf(field), value)
}

function required(field: SettingField, message: string): SettingRule {
    return { field, check: (value) => (value === '' ? message : textShape(field, value)) }
}

/** Glide gives booleans as '1'/'0' (getValue) or 'true'/'false' (forms, toString). */
export function booleanOf(value: string): boolean | null {
    if (value === '1' || value === 'true') return true
    if (value === '0' || value === 'false') return false
    return null
}

function bool(field: SettingField): SettingRule {
    return {
        field,
        check: (value) => (booleanOf(value) === null ? `${labelOf(field)} must be true or false` : null),
    }
}

/**
 * A whole number within the column's bounds. Forms show integers with grouping ("5,000"), so
 * commas between groups of three digits are accepted; nothing else that is not a digit.
 */
export function wholeNumberOf(value: string): number | null {
    const text = /^[0-9]{1,3}(,[0-9]{3})+$/.test(value) ? value.split(',').join('') : value
    if (!/^-?[0-9]{1,9}$/.test(text)) return null
    return Number(text)
}

function wholeNumber(
    field:
        | 'page_size'
        | 'request_ceiling'
        | 'time_budget_seconds'
        | 'overlap_seconds'
        | 'lookback_seconds'
        | 'header_wait_hours'
        | 'removal_checks_per_run'
): SettingRule {
    const { min, max } = COLS[field]
    return {
        field,
        check: (value) => {
            const n = wholeNumberOf(value)
            if (n === null || n < min || n > max)
                return `${labelOf(field)} must be a whole number from ${min} to ${max} (is ${quoted(value)})`
            return null
        },
    }
}

function choice(field: 'field_map_preset' | 'transform_mode'): SettingRule {
    const names = Object.keys(COLS[field].options.choices)
    return {
        field,
        check: (value) => (names.indexOf(value) < 0 ? `${labelOf(field)} must be one of ${names.join(', ')}` : null),
    }
}

const TABLE_NAME = /^[a-z][a-z0-9_]{1,79}$/

/** A ServiceNow table name as a target may be named (lower case, 2..80 characters). */
export function isTableName(value: string): boolean {
    return TABLE_NAME.test(value)
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/
/** A key value: a quoted string of IFS key characters (may hold `{company}`) or a number. */
const KEY_VALUE = /^('[A-Za-z0-9_.-]*'|[0-9]+)$/

/** `Name` or `Name(Key='v',...)` / `Name('v')`, the segments an OData resource path is made of. */
function validSegment(segment: string): boolean {
    const open = segment.indexOf('(')
    if (open < 0) return IDENTIFIER.test(segment)
    if (!IDENTIFIER.test(segment.slice(0, open)) || segment.charAt(segment.length - 1) !== ')') return false
    const keys = segment.slice(open + 1, -1).split(',')
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i]
        const eq = key.indexOf('=')
        const value = (eq < 0 ? key : key.slice(eq + 1)).split('{company}').join('')
        if (eq >= 0 && !IDENTIFIER.test(key.slice(0, eq))) return false
        if (eq < 0 && keys.length > 1) return false
        if (!KEY_VALUE.test(value)) return false
    }
    return true
}

/**
 * `<Projection>.svc/<EntitySet>[/<Navigation>...]`, key segments allowed; `{company}` only inside a
 * quoted key value, where the connector fills in each company. No dot segments, empty segments,
 * query, spaces or escapes: the path is appended to the tenant's projection root as written.
 */
export function isEntitySetPath(path: string): boolean {
    const slash = path.indexOf('/')
    if (slash < 0) return false
    if (!/^[A-Za-z0-9_]+\.svc$/.test(path.slice(0, slash))) return false
    const segments = path.slice(slash + 1).split('/')
    for (let i = 0; i < segments.length; i++) if (!validSegment(segments[i])) return false
    return true
}

function entitySet(field: 'supplier_entity_set' | 'gl_account_entity_set' | 'cost_center_entity_set'): SettingRule {
    return {
        field,
        check: (value) =>
            textShape(field, value) ??
            (isEntitySetPath(value)
                ? null
                : `${labelOf(field)} must look like <Projection>.svc/<EntitySet> (is ${quoted(value)})`),
    }
}

/**
 * The connection's source mapping, through the engine's own resolver: the JSON, the preset, the
 * master-data names and letters, and `objects.<type>` for every registered type. A save cannot
 * see the document type rows, whose overrides take the place of `objects.<type>`: the parse, which
 * has them, resolves the active types again with their rows and reports under the field itself.
 */
function sourceMapping(value: string): string | null {
    const label = labelOf('source_mapping')
    const max = maxLengthOf('source_mapping')
    if (max !== null && value.length > max) return `${label} is longer than ${max} characters`
    const resolved = resolveConnectionSources(value, { types: OBJECT_TYPES })
    return resolved.ok ? null : `${label}: ${resolved.errors.map((e) => e.message).join('; ')}`
}

const REALM = /^[A-Za-z0-9_.-]{1,100}$/
const COMPANY = /^[A-Za-z0-9_.-]{1,40}$/
/** A sys_id: what a reference field holds. */
const SYS_ID = /^[0-9A-Za-z]{32}$/

/** The company ids of a Companies value, or the problem with it. */
export function companyList(value: string): { ok: true; companies: string[] } | { ok: false; message: string } {
    const parts = value.split(',').map((c) => c.trim())
    const named = parts.filter((c) => c !== '')
    if (named.length === 0) return { ok: false, message: 'List at least one IFS company id, comma-separated' }
    if (named.length !== parts.length)
        return {
            ok: false,
            message: `Companies has an empty entry: separate company ids by single commas (is ${quoted(value)})`,
        }
    for (let i = 0; i < named.length; i++) {
        const c = named[i]
        if (!COMPANY.test(c)) return { ok: false, message: `Company id ${quoted(c)} has characters IFS does not use` }
        if (named.indexOf(c) !== i) return { ok: false, message: `Company id ${quoted(c)} is listed twice` }
    }
    return { ok: true, companies: named }
}

/** The allowed suffix as the URL checks use it; null when the suffix itself is wrong. */
function suffixOf(all: Settings): string | null {
    const s = checkHostSuffix(all.allowed_host_suffix)
    return s.ok ? s.suffix : null
}

/** The rule table: one entry per check, in the order the form shows the fields. */
export const CONNECTION_RULES: readonly SettingRule[] = [
    required('name', 'Name is required'),
    bool('active'),
    {
        field: 'tenant_url',
        check: (value, all) => {
            if (value === '') return 'Tenant URL is required, e.g. https://<tenant>.ifs.cloud'
            const shape = textShape('tenant_url', value)
            if (shape) return shape
            const suffix = suffixOf(all)
            if (suffix === null) return null // reported on the suffix
            const check = checkTenantUrl(value, suffix)
            return check.ok ? null : `Tenant URL ${check.reason}`
        },
    },
    {
        field: 'allowed_host_suffix',
        check: (value) => {
            const s = checkHostSuffix(value)
            return textShape('allowed_host_suffix', value) ?? (s.ok ? null : `Allowed host suffix ${s.reason}`)
        },
    },
    {
        field: 'realm',
        check: (value) =>
            REALM.test(value) ? null : 'Realm is required: letters, digits, "_", "-" or "." (the IFS IAM realm)',
    },
    {
        field: 'token_url',
        check: (value, all) => {
            if (value === '') return null
            const shape = textShape('token_url', value)
            if (shape) return shape
            const suffix = suffixOf(all)
            if (suffix === null) return null
            const check = checkTokenUrl(value, suffix)
            return check.ok ? null : `Token URL override ${check.reason}`
        },
    },
    {
        field: 'oauth_profile',
        check: (value) => {
            if (value === '') return 'Choose the OAuth profile that holds the IFS client credentials'
            return SYS_ID.test(value) ? null : 'OAuth profile must be an OAuth profile record (a 32-character sys_id)'
        },
    },
    {
        field: 'client_id',
        check: (value) =>
            textShape('client_id', value) ??
            (/\s/.test(value) ? `${labelOf('client_id')} must not contain spaces` : null),
    },
    {
        // RFC 6749 3.3: space-separated scope tokens of printable ASCII other than `"` and `\`.
        field: 'token_scope',
        check: (value) =>
            textShape('token_scope', value) ??
            (/^[\x21\x23-\x5B\x5D-\x7E]+( [\x21\x23-\x5B\x5D-\x7E]+)*$/.test(value)
                ? null
                : `${labelOf('token_scope')} must be scope names separated by single spaces (no quotes or backslashes)`),
    },
    {
        field: 'companies',
        check: (value) => {
            const shape = textShape('companies', value)
            if (shape) return shape
            const list = companyList(value)
            return list.ok ? null : list.message
        },
    },
    entitySet('supplier_entity_set'),
    entitySet('gl_account_entity_set'),
    entitySet('cost_center_entity_set'),
    { field: 'source_mapping', check: sourceMapping },
    choice('field_map_preset'),
    {
        // Optional here: the prerequisite check names it when a field map writes it and it is empty.
        field: 'erp_source',
        check: (value) =>
            value === '' || SYS_ID.test(value)
                ? null
                : 'ERP source must be an ERP source record (a 32-character sys_id)',
    },
    required('external_invoice_source', 'External invoice source is required (e.g. IFS Cloud)'),
    choice('transform_mode'),
    wholeNumber('page_size'),
    wholeNumber('request_ceiling'),
    wholeNumber('time_budget_seconds'),
    wholeNumber('overlap_seconds'),
    wholeNumber('lookback_seconds'),
    wholeNumber('header_wait_hours'),
    wholeNumber('removal_checks_per_run'),
    bool('dry_run'),
]

/**
 * Every problem with a connection's settings, one per field at most, in form order. The same
 * function runs in the browser (generated client script), in the business rule and in every parse.
 */
export function checkConnectionSettings(raw: SettingValues): ConfigError[] {
    const all = normaliseSettings(raw)
    const problems: ConfigError[] = []
    for (let i = 0; i < CONNECTION_RULES.length; i++) {
        const rule = CONNECTION_RULES[i]
        const message = rule.check(all[rule.field], all)
        if (message !== null) problems.push({ field: rule.field, message })
    }
    return problems
}
