import type { z } from 'zod'
import type { SettingField } from '../../server/core/config/connection-rules'
import type { TypeSettingField } from '../../server/core/config/connection-type-rules'
import { DOCUMENT_TYPES } from '../../server/core/document-types/registry'
import { nearestName } from '../../server/core/text/nearest-name'

// The local config file's problems as lines that name the key in the file: `limits.pageSise:
// unknown key ...`, `ifs.realm: required`. No line quotes a value the user wrote, except the
// connection rules' own (shortened) quotes: a value in the wrong place may be a pasted secret.

/** Where each connection column comes from in the file, so a rule's message names the file's key. */
const FILE_KEY_OF: Readonly<Partial<Record<SettingField, string>>> = {
    tenant_url: 'ifs.url',
    allowed_host_suffix: 'ifs.allowedHostSuffix',
    realm: 'ifs.realm',
    token_url: 'ifs.tokenUrl',
    client_id: 'ifs.clientId',
    companies: 'companies',
    supplier_entity_set: 'masterData.suppliers',
    gl_account_entity_set: 'masterData.glAccounts',
    cost_center_entity_set: 'masterData.costCenters',
    source_mapping: 'masterData',
    field_map_preset: 'fieldMapPreset',
    erp_source: 'erpSource',
    external_invoice_source: 'externalInvoiceSource',
    transform_mode: 'transformMode',
    page_size: 'limits.pageSize',
    request_ceiling: 'limits.requestsPerMinute',
    time_budget_seconds: 'limits.timeBudgetSeconds',
    overlap_seconds: 'limits.overlapSeconds',
    lookback_seconds: 'limits.lookbackSeconds',
    header_wait_hours: 'limits.headerWaitHours',
    removal_checks_per_run: 'limits.removalChecksPerRun',
    dry_run: 'dryRun',
    name: 'name',
}

/** The key under `objects.<localConfigKey>` that fills each column of a document type row. */
const TYPE_FILE_KEY: Readonly<Partial<Record<TypeSettingField, string>>> = {
    active: 'enabled',
    entity_set_path: 'entitySet',
    target_table: 'targetTable',
    source_overrides: 'source',
}

/** Document type problems are named `<object type>.<column>` (connection-types.ts): their file keys. */
const TYPE_FILE_KEYS: Readonly<Record<string, string>> = Object.fromEntries(
    DOCUMENT_TYPES.flatMap(({ id, localConfigKey }) =>
        Object.entries(TYPE_FILE_KEY).map(([column, key]): [string, string] => [
            `${id}.${column}`,
            `objects.${localConfigKey}.${key}`,
        ])
    ).concat([['document_types', 'objects']])
)

/**
 * A connection rule's problem as a line: the file's key, then the column the instance's form
 * shows it as (so the message reads the same as on the instance), then the rule's message.
 */
export function ruleProblem(field: string, message: string): string {
    const key = (FILE_KEY_OF as Readonly<Record<string, string | undefined>>)[field] ?? TYPE_FILE_KEYS[field]
    return key === undefined || key === field ? `${field}: ${message}` : `${key} → ${field}: ${message}`
}

/** The schema tree as far as key lookup needs it: objects, and the wrappers around them. */
interface SchemaNode {
    _zod: {
        def: {
            type: string
            shape?: Readonly<Record<string, SchemaNode>>
            innerType?: SchemaNode
            in?: SchemaNode
            out?: SchemaNode
        }
    }
}

function shapeOf(node: SchemaNode | undefined): Readonly<Record<string, SchemaNode>> | null {
    if (node === undefined) return null
    const def = node._zod.def
    if (def.shape) return def.shape
    return shapeOf(def.innerType) ?? shapeOf(def.in) ?? shapeOf(def.out)
}

/** The keys the schema allows in the object at `path`. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
    let shape = shapeOf(schema as unknown as SchemaNode)
    for (const segment of path) shape = shape ? shapeOf(shape[String(segment)]) : null
    return shape ? Object.keys(shape) : []
}

function dotted(path: readonly PropertyKey[]): string {
    return path.map(String).join('.')
}

/** Object types are keys too, but a wrong one deserves the list of known types. */
function unknownKeyProblem(where: string, key: string, known: readonly string[]): string {
    const near = nearestName(key, known)
    const hint = near === null ? '' : ` — did you mean \`${near}\`?`
    if (where === 'objects')
        return `objects.${key}: unknown object type; the known ones are ${known.join(' and ')}${hint}`
    const at = where === '' ? key : `${where}.${key}`
    return near === null
        ? `${at}: unknown key \`${key}\`; the keys here are ${known.join(', ')}`
        : `${at}: unknown key \`${key}\`${hint}`
}

export interface IssueContext {
    schema: z.ZodType
    /** Keys already reported otherwise (a secret written into the file): not reported twice. */
    reported: readonly string[]
}

/** One line per problem, in the order the schema met them. */
export function issueProblems(issues: readonly z.core.$ZodIssue[], context: IssueContext): string[] {
    const out: string[] = []
    for (const issue of issues) {
        const where = dotted(issue.path)
        if (issue.code !== 'unrecognized_keys') {
            const field = ruleFieldAt(where)
            out.push(
                field && issue.code === 'custom'
                    ? ruleProblem(field, issue.message)
                    : `${where || 'the file'}: ${issue.message}`
            )
            continue
        }
        const known = keysAt(context.schema, issue.path)
        for (const key of issue.keys)
            if (!context.reported.includes(where === '' ? key : `${where}.${key}`))
                out.push(unknownKeyProblem(where, key, known))
    }
    return out
}

function ruleFieldAt(where: string): string | undefined {
    for (const [field, key] of Object.entries({ ...FILE_KEY_OF, ...TYPE_FILE_KEYS })) if (key === where) return field
    return undefined
}
