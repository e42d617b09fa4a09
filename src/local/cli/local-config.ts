import * as fs from 'fs'
import * as path from 'path'
import type { FieldMapPreset, TransformMode } from '../../server/core/config/connection-config'
import { checkConnectionSettings } from '../../server/core/config/connection-rules'
import { checkTypeRows } from '../../server/core/config/connection-types'
import type { DocumentType } from '../../server/core/document-types/object-type'
import { DOCUMENT_TYPES } from '../../server/core/document-types/registry'
import { hasUserInfo } from '../../server/core/odata/url-parts'
import { isLoopbackHost } from '../http/loopback-emulator-http'
import { issueProblems, ruleProblem } from './config-issues'
import { connectionTypeValues, connectionValues } from './connection-row'
import { jsonProblem } from './json-problem'
import { LOCAL_CONFIG_SCHEMA } from './local-config-schema'
import { sourceMappingProblems } from './local-source-mapping'

/** The config file of the local runner (JSON). Secrets are never in it: only env variable names. */
export interface LocalConfig {
    /** The connection's name; the runner keeps one connection row per name in the database. */
    name: string
    ifs: {
        /** `https://<tenant>.ifs.cloud`, or the emulator's `http://127.0.0.1:<port>` with insecureLocalEmulator. */
        url: string
        realm: string
        tokenUrl?: string
        clientId: string
        /** Environment variable holding the client secret. */
        clientSecretEnv: string
        allowedHostSuffix?: string
        /** Local-only: reach an emulator over plain http on a loopback address. */
        insecureLocalEmulator: boolean
    }
    companies: string[]
    /** One section per registered document type, under its `localConfigKey`. */
    objects: Record<DocumentType['localConfigKey'], ObjectSettings>
    masterData: {
        suppliers?: string
        glAccounts?: string
        costCenters?: string
        /** Master-data field names: `{ supplier?: { id?, name? }, glAccount?: { value?, ... }, costCenter?: ... }`. */
        fields?: unknown
        /** Code-part letters: `{ glAccount?: 'A', costCenter?: 'B' }`. */
        codeParts?: unknown
    }
    fieldMapPreset?: FieldMapPreset
    /** Name of the ERP source record (sn_fin_erp_source) in the local model; default "IFS Cloud". */
    erpSource: string
    /** The import table's external invoice source; absent: the column default ("IFS Cloud"). */
    externalInvoiceSource?: string
    transformMode?: TransformMode
    limits: {
        pageSize?: number
        requestsPerMinute?: number
        timeBudgetSeconds?: number
        overlapSeconds?: number
        /** The connection's lookback window (s); absent: the column default (600). */
        lookbackSeconds?: number
        /** How long a changed line waits for its document (h); absent: the column default (24). */
        headerWaitHours?: number
        /** Staged documents per object type checked for deleted lines or receipts each run; absent: the column default (200). */
        removalChecksPerRun?: number
        /** Throttles shorter than this are waited out inline; longer ones end the run as deferred. */
        maxInlineWaitSeconds: number
    }
    dryRun: boolean
    /** Absolute path of the SQLite file (relative paths in the file are resolved against the file). */
    database: string
    localInstance: { activePlugins?: string[]; roles?: string[]; user: string }
    servicenow?: ServiceNowSettings
}

interface ObjectSettings {
    enabled: boolean
    entitySet?: string
    targetTable?: string
    /** The type's source-mapping override (README "Source mapping"); checked by the engine's resolver. */
    source?: unknown
}

export interface ServiceNowSettings {
    instanceUrl: string
    user: string
    passwordEnv: string
    /** With a client id, ping uses an OAuth password grant; without, basic auth. */
    clientId?: string
    clientSecretEnv?: string
}

export class ConfigFileError extends Error {
    constructor(
        readonly file: string,
        readonly problems: readonly string[]
    ) {
        super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
        this.name = 'ConfigFileError'
    }
}

export function loadLocalConfig(file: string): LocalConfig {
    let text: string
    try {
        text = fs.readFileSync(file, 'utf8')
    } catch (error) {
        throw new ConfigFileError(file, [`cannot read the config file: ${(error as Error).message}`])
    }
    let raw: unknown
    try {
        raw = JSON.parse(text)
    } catch (error) {
        throw new ConfigFileError(file, [jsonProblem(text, (error as Error).message)])
    }
    return parseLocalConfig(raw, path.dirname(path.resolve(file)), file)
}

/**
 * Checks the file against its schema (strict: an unknown key is refused with the nearest known
 * one), then the values together with the connection and document type rule tables (as parseConnection does).
 */
export function parseLocalConfig(raw: unknown, baseDir: string, file = 'config'): LocalConfig {
    const secretKeys = findSecretKeys(raw, '')
    const problems = secretKeys.map(
        (key) => `${key}: secrets are read from environment variables only; name the variable instead (…Env)`
    )
    const parsed = LOCAL_CONFIG_SCHEMA.safeParse(raw)
    if (!parsed.success)
        problems.push(...issueProblems(parsed.error.issues, { schema: LOCAL_CONFIG_SCHEMA, reported: secretKeys }))
    if (!parsed.success || problems.length > 0) throw new ConfigFileError(file, problems)
    const config: LocalConfig = {
        ...parsed.data,
        objects: withEnabledDefaults(parsed.data.objects),
        database: path.resolve(baseDir, parsed.data.database),
    }
    const crossProblems = crossFieldProblems(config)
    if (crossProblems.length > 0) throw new ConfigFileError(file, crossProblems)
    return config
}

type ParsedObjects = Record<DocumentType['localConfigKey'], Omit<ObjectSettings, 'enabled'> & { enabled?: boolean }>

/**
 * Each type's `enabled`, where the file leaves it out: on, or as the type it goes with is (receipts
 * are on by default wherever purchase orders are on).
 */
function withEnabledDefaults(objects: ParsedObjects): LocalConfig['objects'] {
    const out = {} as LocalConfig['objects']
    const enabledOf = (id: string): boolean => {
        const type = (DOCUMENT_TYPES as readonly DocumentType[]).find((t) => t.id === id)
        if (!type) return true
        const given = objects[type.localConfigKey].enabled
        if (given !== undefined) return given
        return 'enabledWith' in type ? enabledOf(type.enabledWith) : true
    }
    for (const type of DOCUMENT_TYPES as readonly DocumentType[])
        out[type.localConfigKey] = { ...objects[type.localConfigKey], enabled: enabledOf(type.id) }
    return out
}

/** What only the whole file can tell: URLs against each other and the emulator escape hatch. */
function crossFieldProblems(config: LocalConfig): string[] {
    const problems: string[] = []
    // User info in a URL is a password in clear: refused in every mode (the emulator's too), here,
    // before anything is stored or sent, and without printing the URL.
    for (const [where, url] of [
        ['ifs.url', config.ifs.url],
        ['ifs.tokenUrl', config.ifs.tokenUrl],
        ['servicenow.instanceUrl', config.servicenow?.instanceUrl],
    ] as const)
        if (url && hasUserInfo(url))
            problems.push(
                `${where}: must not contain a user name or password (user@host); credentials come from environment variables only`
            )
    // Checked here, not first in the runtime, so it is a config problem (exit 2) like the others.
    if (config.ifs.insecureLocalEmulator && !isLoopbackHttpUrl(config.ifs.url))
        problems.push(
            'ifs.url: insecureLocalEmulator is for an emulator on this machine only; ifs.url must be an http(s) URL of a loopback address (127.0.0.1, localhost, ::1)'
        )
    if (problems.length > 0) return problems
    // The source mapping through the engine's own resolver, so the file and the instance say the same.
    problems.push(...sourceMappingProblems(config))
    if (problems.length > 0) return problems
    // The row as a whole: the connection's rule table (the instance's form and business rule run
    // the same), before anything is written to the database. Single values passed it already.
    const rowProblems = [
        ...checkConnectionSettings(connectionValues(config)),
        ...checkTypeRows(connectionTypeValues(config)),
    ]
    return rowProblems.map((p) => ruleProblem(p.field, p.message))
}

function isLoopbackHttpUrl(text: string): boolean {
    try {
        const url = new URL(text)
        return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname)
    } catch {
        return false
    }
}

/** Keys that look like a secret value (not the name of its variable) anywhere in the file. */
function findSecretKeys(value: unknown, prefix: string): string[] {
    if (!value || typeof value !== 'object') return []
    const out: string[] = []
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
        const where = prefix ? `${prefix}.${key}` : key
        if (/secret|password|token$/i.test(key) && !/Env$/.test(key) && typeof inner === 'string') out.push(where)
        out.push(...findSecretKeys(inner, where))
    }
    return out
}
