import { CONNECTION_TYPE } from '../../../tables/connection-type'
import { OBJECT_TYPE_CHOICES } from '../../../tables/object-type-choices'
import { isObjectType } from '../document-types/object-type'
import type { ConfigError } from './config-error'
import type { SettingValues } from './connection-rules'
import { booleanOf, isEntitySetPath, isTableName, quoted, textProblem } from './connection-rules'
import { resolveSourceMapping } from './source-mapping'

// The one definition of what a connection document type row may hold (see connection-rules.ts for
// the pattern): the row's before insert/update business rule, the row form's generated client
// script (src/fluent/client/connection-settings-validation.js, shared with the connection form) and every parse of a connection
// run these rules, with these messages. Pure data and functions: it is bundled for the browser too.

const COLS = CONNECTION_TYPE.columns

/** Every setting the row's form shows. */
export const TYPE_SETTING_FIELDS = [
    'object_type',
    'active',
    'entity_set_path',
    'target_table',
    'source_overrides',
] as const

export type TypeSettingField = (typeof TYPE_SETTING_FIELDS)[number]

/** Trimmed values, `active` defaulted as the dictionary does; empty entity set / target: the defaults. */
export type TypeSettings = Readonly<Record<TypeSettingField, string>>

/** The IFS names a row's overrides start from (S1's presets; `ifs_cloud` is the registry's own). */
const DEFAULT_SOURCE_PRESET = 'ifs_cloud'

export function normaliseTypeSettings(raw: SettingValues): TypeSettings {
    const out: Record<string, string> = {}
    for (const field of TYPE_SETTING_FIELDS) {
        const v = raw[field]
        out[field] = v === undefined || v === null ? '' : String(v).trim()
    }
    if (out.active === '') out.active = String(COLS.active.options.default)
    return out as TypeSettings
}

/** "Supplier invoice", or a neutral name while the object type itself is wrong. */
function typeLabel(objectType: string): string {
    const choices: Readonly<Record<string, { label: string } | undefined>> = OBJECT_TYPE_CHOICES
    return choices[objectType]?.label ?? 'This document type'
}

/** The overrides as JSON, or the problem with the text. */
function overridesOf(text: string): { ok: true; value: unknown } | { ok: false } {
    if (text === '') return { ok: true, value: null }
    try {
        return { ok: true, value: JSON.parse(text) as unknown }
    } catch {
        return { ok: false }
    }
}

interface TypeRule {
    field: TypeSettingField
    /** The message for the field, or null when the value is fine; `label` names the row's type. */
    check(value: string, all: TypeSettings, label: string): string | null
}

/** The rule table, in the order the form shows the fields. */
const TYPE_RULES: readonly TypeRule[] = [
    {
        field: 'object_type',
        check: (value) =>
            isObjectType(value)
                ? null
                : `Object type ${quoted(value)} is not a registered document type (${Object.keys(OBJECT_TYPE_CHOICES).join(', ')})`,
    },
    {
        field: 'active',
        check: (value, _all, label) => (booleanOf(value) === null ? `${label} active must be true or false` : null),
    },
    {
        field: 'entity_set_path',
        check: (value, _all, label) => {
            if (value === '') return null
            const what = `${label} entity set`
            return (
                textProblem(what, COLS.entity_set_path.options.maxLength, value) ??
                (isEntitySetPath(value)
                    ? null
                    : `${what} must look like <Projection>.svc/<EntitySet> (is ${quoted(value)})`)
            )
        },
    },
    {
        field: 'target_table',
        check: (value, _all, label) =>
            value === '' || isTableName(value)
                ? null
                : `${label} target table must be a table name (is ${quoted(value)})`,
    },
    { field: 'source_overrides', check: checkOverrides },
]

function checkOverrides(value: string, all: TypeSettings, label: string): string | null {
    const what = `${label} IFS field overrides`
    if (value.length > COLS.source_overrides.options.maxLength)
        return `${what} is longer than ${COLS.source_overrides.options.maxLength} characters`
    const overrides = overridesOf(value)
    if (!overrides.ok) return `${what} must be JSON, e.g. {"fields": {"grossAmount": "TotalAmount"}}`
    if (!isObjectType(all.object_type)) return null // reported on the object type
    const resolved = resolveSourceMapping({
        objectType: all.object_type,
        preset: DEFAULT_SOURCE_PRESET,
        overrides: overrides.value,
    })
    return resolved.ok ? null : `${what}: ${resolved.errors.join('; ')}`
}

/**
 * Every problem with one document type row of a connection, one per field at most, in form order.
 * The same function runs in the browser (generated client script), in the business rule and in
 * every parse of the connection.
 */
export function checkConnectionTypeSettings(raw: SettingValues): ConfigError[] {
    const all = normaliseTypeSettings(raw)
    const label = typeLabel(all.object_type)
    const problems: ConfigError[] = []
    for (const rule of TYPE_RULES) {
        const message = rule.check(all[rule.field], all, label)
        if (message !== null) problems.push({ field: rule.field, message })
    }
    return problems
}
