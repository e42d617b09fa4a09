import { z } from 'zod'
import type { SettingField } from '../../server/core/config/connection-rules'
import { CONNECTION_RULES, normaliseSettings } from '../../server/core/config/connection-rules'
import { checkConnectionTypeSettings } from '../../server/core/config/connection-type-rules'
import type { TypeSettingField } from '../../server/core/config/connection-type-rules'
import type { DocumentType, ObjectType } from '../../server/core/document-types/object-type'
import { DOCUMENT_TYPES } from '../../server/core/document-types/registry'
import { CONNECTION } from '../../tables'
import { DEFAULT_SECRET_ENV } from '../node-ports/env-token-source'
import { LOCAL_ERP_SOURCE_NAME } from '../s2p-model/target-tables'

// The shape of the local runner's config file, strict at every level: a key the runner does not
// read is refused (see config-issues.ts for the "did you mean" message), not silently ignored.
// Where a value is also a connection setting, its check is the connection rule table's own (the
// instance's form and business rule run the same), so ranges and formats are written once.

/** JSON `null` reads as an absent value, as it always has (`"tokenUrl": null`). */
function absentIfNull<T extends z.ZodType>(schema: T) {
    return z.preprocess((value) => (value === null ? undefined : value), schema)
}

const text = () =>
    z
        .string({ error: (issue) => (issue.input === undefined ? 'required' : 'must be a non-empty string') })
        .trim()
        .min(1, { error: 'must be a non-empty string', abort: true })

const optionalText = () => absentIfNull(text().optional())

const flag = (fallback: boolean) => absentIfNull(z.boolean({ error: 'must be true or false' }).default(fallback))

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const envName = (fallback: string) =>
    absentIfNull(text().regex(ENV_NAME, { error: 'must be an environment variable name' }).default(fallback))

const section = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, { error: 'must be a JSON object' })

/** A section that may be left out: it then holds its own defaults. */
const optionalSection = <T extends z.ZodRawShape>(shape: T) => absentIfNull(section(shape).prefault({} as never))

/**
 * The value passes the rule of the connection column it fills, with the rule's own message. Only
 * for rules that read their own field: those that compare fields run on the whole row afterwards.
 */
function ruled<T extends z.ZodType<string | number | string[]>>(field: SettingField, schema: T) {
    const rule = CONNECTION_RULES.find((r) => r.field === field)
    if (!rule) throw new Error(`no connection rule for ${field}`)
    return schema.superRefine((value, ctx) => {
        const raw = Array.isArray(value) ? value.join(',') : String(value)
        const all = normaliseSettings({ [field]: raw })
        const message = rule.check(all[field], all)
        if (message !== null) ctx.addIssue({ code: 'custom', message })
    })
}

const ruledText = (field: SettingField) => absentIfNull(ruled(field, text()).optional())
const wholeNumber = (field: SettingField) =>
    absentIfNull(ruled(field, z.number({ error: 'must be a number' })).optional())

const PRESETS = Object.keys(CONNECTION.columns.field_map_preset.options.choices) as [
    keyof typeof CONNECTION.columns.field_map_preset.options.choices,
]

const TRANSFORM_MODES = Object.keys(CONNECTION.columns.transform_mode.options.choices) as [
    keyof typeof CONNECTION.columns.transform_mode.options.choices,
]

/** A source-mapping override: any JSON here; the engine's resolver checks it (local-source-mapping.ts). */
const mappingOverride = () => absentIfNull(z.unknown().optional())

/** A value of one document type's row, checked by the type rule table with its own message. */
function typeRuledText(objectType: ObjectType, field: TypeSettingField) {
    return absentIfNull(
        text()
            .superRefine((value, ctx) => {
                const problem = checkConnectionTypeSettings({ object_type: objectType, [field]: value }).find(
                    (p) => p.field === field
                )
                if (problem) ctx.addIssue({ code: 'custom', message: problem.message })
            })
            .optional()
    )
}

const objectSettings = (objectType: ObjectType) =>
    optionalSection({
        // Absent: the registry's default (local-config enabledByDefault), which may follow another type.
        enabled: absentIfNull(z.boolean({ error: 'must be true or false' }).optional()),
        entitySet: typeRuledText(objectType, 'entity_set_path'),
        targetTable: typeRuledText(objectType, 'target_table'),
        source: mappingOverride(),
    })

/** The object types the file may name: one section per registered type, under its local config key. */
const OBJECT_SECTIONS = Object.fromEntries(
    DOCUMENT_TYPES.map((t) => [t.localConfigKey, objectSettings(t.id)] as const)
) as Record<DocumentType['localConfigKey'], ReturnType<typeof objectSettings>>

const serviceNow = section({
    instanceUrl: text(),
    user: text(),
    passwordEnv: envName('ML_CONNECTOR_SN_PASSWORD'),
    /** With a client id, ping uses an OAuth password grant; without, basic auth. */
    clientId: optionalText(),
    clientSecretEnv: absentIfNull(text().regex(ENV_NAME, { error: 'must be an environment variable name' }).optional()),
}).transform((s) => ({
    ...s,
    clientSecretEnv: s.clientId === undefined ? undefined : (s.clientSecretEnv ?? 'ML_CONNECTOR_SN_CLIENT_SECRET'),
}))

export const LOCAL_CONFIG_SCHEMA = section({
    name: ruled('name', text()),
    ifs: section({
        url: text(),
        realm: ruled('realm', text()),
        tokenUrl: optionalText(),
        clientId: ruled('client_id', text()),
        clientSecretEnv: envName(DEFAULT_SECRET_ENV),
        allowedHostSuffix: optionalText(),
        insecureLocalEmulator: flag(false),
    }),
    companies: ruled(
        'companies',
        z
            .array(text(), { error: 'must be a non-empty list of strings' })
            .min(1, { error: 'must be a non-empty list of strings', abort: true })
    ),
    objects: optionalSection(OBJECT_SECTIONS),
    masterData: optionalSection({
        suppliers: ruledText('supplier_entity_set'),
        glAccounts: ruledText('gl_account_entity_set'),
        costCenters: ruledText('cost_center_entity_set'),
        fields: mappingOverride(),
        codeParts: mappingOverride(),
    }),
    fieldMapPreset: absentIfNull(z.enum(PRESETS, { error: `must be one of ${PRESETS.join(', ')}` }).optional()),
    /** The name of an ERP source record in the local model (the stand-in holds "IFS Cloud"). */
    erpSource: absentIfNull(text().default(LOCAL_ERP_SOURCE_NAME)),
    externalInvoiceSource: ruledText('external_invoice_source'),
    transformMode: absentIfNull(
        z.enum(TRANSFORM_MODES, { error: `must be one of ${TRANSFORM_MODES.join(', ')}` }).optional()
    ),
    limits: optionalSection({
        pageSize: wholeNumber('page_size'),
        requestsPerMinute: wholeNumber('request_ceiling'),
        timeBudgetSeconds: wholeNumber('time_budget_seconds'),
        overlapSeconds: wholeNumber('overlap_seconds'),
        lookbackSeconds: wholeNumber('lookback_seconds'),
        headerWaitHours: wholeNumber('header_wait_hours'),
        removalChecksPerRun: wholeNumber('removal_checks_per_run'),
        maxInlineWaitSeconds: absentIfNull(z.number({ error: 'must be a number' }).default(60)),
    }),
    dryRun: flag(false),
    database: absentIfNull(text().default('ml-connector.db')),
    localInstance: optionalSection({
        activePlugins: absentIfNull(z.array(z.string(), { error: 'must be a list of strings' }).optional()),
        roles: absentIfNull(z.array(z.string(), { error: 'must be a list of strings' }).optional()),
        user: absentIfNull(text().default('local.runner')),
    }),
    servicenow: absentIfNull(serviceNow.optional()),
})
