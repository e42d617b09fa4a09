import * as fs from 'fs'
import * as path from 'path'
import type { FieldMapPreset } from '../../server/core/config/connection-config'
import { hasUserInfo } from '../../server/core/odata/url-parts'
import { checkConnectionSettings } from '../../server/core/config/connection-rules'
import { CONNECTION } from '../../tables'
import { connectionValues } from './connection-row'
import { isLoopbackHost } from '../http/loopback-emulator-http'
import { DEFAULT_SECRET_ENV } from '../node-ports/env-token-source'

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
    objects: {
        supplierInvoices: ObjectSettings
        purchaseOrders: ObjectSettings
    }
    masterData: { suppliers?: string; glAccounts?: string; costCenters?: string }
    fieldMapPreset?: FieldMapPreset
    limits: {
        pageSize?: number
        requestsPerMinute?: number
        timeBudgetSeconds?: number
        overlapSeconds?: number
        /** The connection's lookback window (s); absent: the column default (600). */
        lookbackSeconds?: number
        /** Throttles shorter than this are waited out inline; longer ones end the run as deferred. */
        maxInlineWaitSeconds: number
    }
    dryRun: boolean
    /** Absolute path of the SQLite file (relative paths in the file are resolved against the file). */
    database: string
    localInstance: { activePlugins?: string[]; roles?: string[]; user: string }
    servicenow?: ServiceNowSettings
}

export interface ObjectSettings {
    enabled: boolean
    entitySet?: string
    targetTable?: string
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
 * Where JSON.parse stopped, as line and column, never its own message: V8 quotes about ten
 * characters either side of the error, which for an unquoted value is a secret pasted into the file.
 */
function jsonProblem(text: string, message: string): string {
    const position = jsonErrorPosition(text, message)
    if (position === null) return 'not valid JSON (check quotes, commas and brackets)'
    const before = text.slice(0, position).split('\n')
    return `not valid JSON at line ${before.length}, column ${before[before.length - 1].length + 1}`
}

function jsonErrorPosition(text: string, message: string): number | null {
    const at = /at position (\d+)/.exec(message)
    if (at) return Number(at[1])
    if (/Unexpected end of JSON input/.test(message)) return text.length
    // `Unexpected token 'x', ..."<10 chars before><token + 9 after>"... is not valid JSON`
    const quoted = /^Unexpected token .*?, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message)
    if (!quoted) return null
    const [, lead, context, trail] = quoted
    if (lead) {
        const start = text.indexOf(context)
        return start >= 0 && text.indexOf(context, start + 1) < 0 ? start + 10 : null
    }
    return trail ? context.length - 10 : null
}

/** Checks the file's shape, then its values with the connection rule table (as parseConnection does). */
export function parseLocalConfig(raw: unknown, baseDir: string, file = 'config'): LocalConfig {
    const problems: string[] = []
    const secretKeys = findSecretKeys(raw, '')
    for (const key of secretKeys)
        problems.push(`${key}: secrets are read from environment variables only; name the variable instead (…Env)`)
    const root = obj(raw, '', problems)
    const ifs = obj(root.ifs, 'ifs', problems)
    const objects = obj(root.objects ?? {}, 'objects', problems)
    // A misspelt or unsupported object type would otherwise be ignored and the run "succeed".
    for (const key of Object.keys(objects))
        if (!OBJECT_KEYS.includes(key))
            problems.push(`objects.${key}: unknown object type; the known ones are ${OBJECT_KEYS.join(' and ')}`)
    const masterData = obj(root.masterData ?? {}, 'masterData', problems)
    const limits = obj(root.limits ?? {}, 'limits', problems)
    const local = obj(root.localInstance ?? {}, 'localInstance', problems)

    const config: LocalConfig = {
        name: str(root.name, 'name', problems) ?? '',
        ifs: {
            url: str(ifs.url, 'ifs.url', problems) ?? '',
            realm: str(ifs.realm, 'ifs.realm', problems) ?? '',
            tokenUrl: str(ifs.tokenUrl, 'ifs.tokenUrl', problems, true),
            clientId: str(ifs.clientId, 'ifs.clientId', problems) ?? '',
            clientSecretEnv: envName(ifs.clientSecretEnv ?? DEFAULT_SECRET_ENV, 'ifs.clientSecretEnv', problems),
            allowedHostSuffix: str(ifs.allowedHostSuffix, 'ifs.allowedHostSuffix', problems, true),
            insecureLocalEmulator: bool(ifs.insecureLocalEmulator ?? false, 'ifs.insecureLocalEmulator', problems),
        },
        companies: strList(root.companies, 'companies', problems),
        objects: {
            supplierInvoices: objectSettings(objects.supplierInvoices, 'objects.supplierInvoices', problems),
            purchaseOrders: objectSettings(objects.purchaseOrders, 'objects.purchaseOrders', problems),
        },
        masterData: {
            suppliers: str(masterData.suppliers, 'masterData.suppliers', problems, true),
            glAccounts: str(masterData.glAccounts, 'masterData.glAccounts', problems, true),
            costCenters: str(masterData.costCenters, 'masterData.costCenters', problems, true),
        },
        fieldMapPreset: preset(root.fieldMapPreset, problems),
        limits: {
            pageSize: num(limits.pageSize, 'limits.pageSize', problems),
            requestsPerMinute: num(limits.requestsPerMinute, 'limits.requestsPerMinute', problems),
            timeBudgetSeconds: num(limits.timeBudgetSeconds, 'limits.timeBudgetSeconds', problems),
            overlapSeconds: num(limits.overlapSeconds, 'limits.overlapSeconds', problems),
            lookbackSeconds: num(limits.lookbackSeconds, 'limits.lookbackSeconds', problems),
            maxInlineWaitSeconds: num(limits.maxInlineWaitSeconds, 'limits.maxInlineWaitSeconds', problems) ?? 60,
        },
        dryRun: bool(root.dryRun ?? false, 'dryRun', problems),
        database: path.resolve(baseDir, str(root.database, 'database', problems, true) ?? 'ml-connector.db'),
        localInstance: {
            activePlugins: optionalList(local.activePlugins, 'localInstance.activePlugins', problems),
            roles: optionalList(local.roles, 'localInstance.roles', problems),
            user: str(local.user, 'localInstance.user', problems, true) ?? 'local.runner',
        },
        servicenow: root.servicenow === undefined ? undefined : serviceNow(root.servicenow, problems),
    }
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
    if (config.ifs.insecureLocalEmulator && config.ifs.url && !isLoopbackHttpUrl(config.ifs.url))
        problems.push(
            'ifs.url: insecureLocalEmulator is for an emulator on this machine only; ifs.url must be an http(s) URL of a loopback address (127.0.0.1, localhost, ::1)'
        )
    if (config.name.length > CONNECTION.columns.name.options.maxLength)
        problems.push(`name: at most ${CONNECTION.columns.name.options.maxLength} characters`)
    // The values themselves: the connection's rule table (the instance's form and business rule run
    // the same), before anything is written to the database.
    if (problems.length === 0)
        for (const p of checkConnectionSettings(connectionValues(config))) problems.push(`${p.field}: ${p.message}`)
    if (problems.length > 0) throw new ConfigFileError(file, problems)
    return config
}

function isLoopbackHttpUrl(text: string): boolean {
    try {
        const url = new URL(text)
        return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname)
    } catch {
        return false
    }
}

type Obj = Record<string, unknown>

const OBJECT_KEYS: readonly string[] = ['supplierInvoices', 'purchaseOrders']

function obj(value: unknown, where: string, problems: string[]): Obj {
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Obj
    problems.push(`${where || 'the file'}: must be a JSON object`)
    return {}
}

function str(value: unknown, where: string, problems: string[], optional = false): string | undefined {
    if (value === undefined || value === null) {
        if (!optional) problems.push(`${where}: required`)
        return undefined
    }
    if (typeof value !== 'string' || value.trim() === '') {
        problems.push(`${where}: must be a non-empty string`)
        return undefined
    }
    return value.trim()
}

function envName(value: unknown, where: string, problems: string[]): string {
    const name = str(value, where, problems) ?? ''
    if (name && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) problems.push(`${where}: must be an environment variable name`)
    return name
}

function bool(value: unknown, where: string, problems: string[]): boolean {
    if (typeof value === 'boolean') return value
    problems.push(`${where}: must be true or false`)
    return false
}

function num(value: unknown, where: string, problems: string[]): number | undefined {
    if (value === undefined) return undefined
    if (typeof value === 'number' && Number.isFinite(value)) return value
    problems.push(`${where}: must be a number`)
    return undefined
}

function strList(value: unknown, where: string, problems: string[]): string[] {
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.trim() !== ''))
        return value.map((v: string) => v.trim())
    problems.push(`${where}: must be a non-empty list of strings`)
    return []
}

function optionalList(value: unknown, where: string, problems: string[]): string[] | undefined {
    if (value === undefined) return undefined
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[]
    problems.push(`${where}: must be a list of strings`)
    return undefined
}

function objectSettings(value: unknown, where: string, problems: string[]): ObjectSettings {
    if (value === undefined) return { enabled: true }
    const o = obj(value, where, problems)
    return {
        enabled: bool(o.enabled ?? true, `${where}.enabled`, problems),
        entitySet: str(o.entitySet, `${where}.entitySet`, problems, true),
        targetTable: str(o.targetTable, `${where}.targetTable`, problems, true),
    }
}

function preset(value: unknown, problems: string[]): FieldMapPreset | undefined {
    if (value === undefined) return undefined
    if (value === 'brief' || value === 's2p_import' || value === 's2p_tables') return value
    problems.push('fieldMapPreset: must be brief, s2p_import or s2p_tables')
    return undefined
}

function serviceNow(value: unknown, problems: string[]): ServiceNowSettings {
    const o = obj(value, 'servicenow', problems)
    const clientId = str(o.clientId, 'servicenow.clientId', problems, true)
    return {
        instanceUrl: str(o.instanceUrl, 'servicenow.instanceUrl', problems) ?? '',
        user: str(o.user, 'servicenow.user', problems) ?? '',
        passwordEnv: envName(o.passwordEnv ?? 'ML_CONNECTOR_SN_PASSWORD', 'servicenow.passwordEnv', problems),
        clientId,
        clientSecretEnv:
            clientId === undefined
                ? undefined
                : envName(o.clientSecretEnv ?? 'ML_CONNECTOR_SN_CLIENT_SECRET', 'servicenow.clientSecretEnv', problems),
    }
}

/** Keys that look like a secret value (not the name of its variable) anywhere in the file. */
function findSecretKeys(value: unknown, prefix: string): string[] {
    if (!value || typeof value !== 'object') return []
    const out: string[] = []
    for (const [key, inner] of Object.entries(value as Obj)) {
        const where = prefix ? `${prefix}.${key}` : key
        if (/secret|password|token$/i.test(key) && !/Env$/.test(key) && typeof inner === 'string') out.push(where)
        out.push(...findSecretKeys(inner, where))
    }
    return out
}
