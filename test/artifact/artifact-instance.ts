import { EMULATOR_VIRTUAL_ORIGIN, EMULATOR_VIRTUAL_SUFFIX } from '../../src/local/cli/connection-row'
import { BlockingHttp } from '../../src/local/http/blocking-http'
import { LoopbackEmulatorHttp } from '../../src/local/http/loopback-emulator-http'
import { SqliteStore } from '../../src/local/store/sqlite-store'
import type { TargetTableSchema } from '../../src/local/store/table-schema'
import { PLATFORM_REQUIREMENTS } from '../../src/server/core/prerequisites/platform-requirements'
import { TARGET_TABLE_SCHEMAS } from '../../src/server/core/staging/field-maps'
import { CONNECTION } from '../../src/tables'
import { createGlideModules, glideGlobals } from '../doubles/glide/glide-modules'
import { GlideWorld, SYSTEM_TABLES, fromColumnInfo, toColumnInfo } from '../doubles/glide/glide-world'
import type { OAuthAnswer } from '../doubles/glide/glide-world'
import type { BuiltApp } from './built-app'
import { field } from './built-app'
import type { Sandbox } from './sandbox'
import { createSandbox } from './sandbox'
import * as fs from 'fs'
import * as path from 'path'
import { insertTypeRows } from '../support/connection-types'

/** What the emulator process printed about itself. */
export interface EmulatorFacts {
    url: string
    realm: string
    tokenUrl: string
    clientId: string
    clientSecret: string
    companies: string[]
}

export function emulatorFacts(url: string, output: readonly string[]): EmulatorFacts {
    const line = (prefix: string) => {
        const found = output.find((l) => l.startsWith(prefix))
        if (!found) throw new Error(`the emulator printed no "${prefix}" line:\n${output.join('\n')}`)
        return found.slice(found.indexOf(':', prefix.length - 1) + 1).trim()
    }
    return {
        url,
        realm: line('realm:'),
        tokenUrl: line('token URL:'),
        clientId: line('client id:'),
        clientSecret: line('client secret (generated'),
        companies: line('companies:')
            .split(',')
            .map((c) => c.trim()),
    }
}

const OAUTH_PROVIDER = 'IFS Cloud (emulator)'
const RUN_AS_USER = 'ml.connector.sync'

/** Plugins and roles every preset needs for both object types: a fully provisioned instance. */
export const ALL_PLUGINS = [
    ...new Set(
        Object.values(PLATFORM_REQUIREMENTS).flatMap((p) =>
            Object.values(p).flatMap((r) => r.plugins.map((x) => x.ids[0]))
        )
    ),
]
const ALL_ROLES = [
    ...new Set(
        Object.values(PLATFORM_REQUIREMENTS).flatMap((p) =>
            Object.values(p).flatMap((r) => r.roles.map((role) => role.anyOf[0]))
        )
    ),
]

export interface ArtifactInstance {
    world: GlideWorld
    store: SqliteStore
    sandbox: Sandbox
    connectionSysId: string
    /** Token requests the OAuth registry made to the emulator. */
    tokenRequests(): number
    close(): void
}

/**
 * An "instance" for the built app: the SQLite stand-in holding the app's tables, the target
 * tables and the platform tables the adapters read, a GlideWorld over it whose OAuth registry
 * holds the emulator's client credentials and whose outbound HTTP reaches the emulator, one
 * connection record, and the sandbox that runs the built modules against it.
 */
export function openArtifactInstance(app: BuiltApp, distAppDir: string, emulator: EmulatorFacts): ArtifactInstance {
    const targets: TargetTableSchema[] = Object.entries(TARGET_TABLE_SCHEMAS).map(([name, columns]) => ({
        name,
        columns: columns.map((c) => ({ ...c, mandatory: false })),
    }))
    const system: TargetTableSchema[] = SYSTEM_TABLES.map((t) => ({
        name: t.name,
        columns: t.columns.map(toColumnInfo),
    }))
    const store = new SqliteStore({ path: ':memory:', targetTables: [...targets, ...system] })
    const world = new GlideWorld(store)
    for (const target of targets) world.defineTable(target.name, target.columns.map(fromColumnInfo))
    world.restMessages = declaredRestMessages(distAppDir)
    for (const plugin of ALL_PLUGINS) world.plugins.add(plugin)
    // The target tables' Application Access as an admin must set it: other scopes may read, create, update.
    for (const target of targets)
        store.insert('sys_db_object', {
            name: target.name,
            access: 'public',
            read_access: true,
            create_access: true,
            update_access: true,
        })
    world.addUser(RUN_AS_USER, ALL_ROLES)

    const blocking = new BlockingHttp()
    const tenant = new LoopbackEmulatorHttp(blocking, EMULATOR_VIRTUAL_ORIGIN, emulator.url)
    world.http = (request) => tenant.send(request)
    // The OAuth registry: the secret lives here, outside the app, as in oauth_entity on an instance.
    let tokenRequests = 0
    world.oauth = (provider, grantType): OAuthAnswer => {
        tokenRequests++
        if (provider !== OAUTH_PROVIDER) return { status: 400, error: `no OAuth provider "${provider}"` }
        const result = blocking.send({
            method: 'POST',
            url: emulator.tokenUrl,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
                grant_type: grantType,
                client_id: emulator.clientId,
                client_secret: emulator.clientSecret,
            }).toString(),
            timeoutMs: 10000,
        })
        if (result.kind !== 'response') return { status: 0, error: result.message }
        if (result.status !== 200) return { status: result.status, error: result.body }
        const body = JSON.parse(result.body) as { access_token: string; expires_in: number }
        return { status: 200, accessToken: body.access_token, expiresIn: body.expires_in }
    }
    // The provider as an admin registers it: its token URL and client id are the connection's.
    const profile = world.addOAuthProfile(OAUTH_PROVIDER, {
        token_url: `${EMULATOR_VIRTUAL_ORIGIN}/auth/realms/${encodeURIComponent(emulator.realm)}/protocol/openid-connect/token`,
        client_id: emulator.clientId,
    })

    const connectionSysId = store.insert(CONNECTION.name, {
        name: 'IFS emulator',
        active: true,
        tenant_url: EMULATOR_VIRTUAL_ORIGIN,
        allowed_host_suffix: EMULATOR_VIRTUAL_SUFFIX,
        realm: emulator.realm,
        oauth_profile: profile,
        client_id: emulator.clientId,
        companies: emulator.companies.join(','),
        field_map_preset: 'brief',
        page_size: 25,
    })
    // What the connection's after-insert rule creates on an instance: a row per type (sn_apo_invoice, proc_po).
    insertTypeRows(store, connectionSysId)

    const modules = createGlideModules(() => world)
    const sandbox = createSandbox(app, modules, glideGlobals(modules))
    return {
        world,
        store,
        sandbox,
        connectionSysId,
        tokenRequests: () => tokenRequests,
        close: () => {
            blocking.close()
            store.close()
        },
    }
}

/** REST messages and their method names as the build declares them (sys_rest_message + _fn). */
function declaredRestMessages(distAppDir: string): Map<string, string[]> {
    const dir = path.join(distAppDir, 'update')
    const names = new Map<string, string>()
    const methods: [string, string][] = []
    for (const file of fs.readdirSync(dir)) {
        const xml = () => fs.readFileSync(path.join(dir, file), 'utf8')
        if (file.startsWith('sys_rest_message_fn_')) {
            const text = xml()
            methods.push([field(text, 'rest_message') ?? '', field(text, 'function_name') ?? ''])
        } else if (/^sys_rest_message_[0-9a-f]{32}\.xml$/.test(file)) {
            const text = xml()
            names.set(field(text, 'sys_id') ?? '', field(text, 'name') ?? '')
        }
    }
    const declared = new Map<string, string[]>()
    for (const [id, name] of names)
        declared.set(
            name,
            methods.filter(([m]) => m === id).map(([, fn]) => fn)
        )
    return declared
}
