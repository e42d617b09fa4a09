import { spawn } from 'child_process'

/** What the fake instance holds; changed between tests with `setState`. */
export interface FakeInstanceState {
    user: string
    password: string
    /** plugin id → active */
    plugins: Record<string, boolean>
    /** scoped store apps (sn_ap_apm...) → active */
    storeApps: Record<string, boolean>
    tables: string[]
    /** A table's dictionary rows (sys_dictionary); absent: one `number` column. */
    columns?: Record<
        string,
        { element: string; internal_type: string; max_length: string; mandatory: string; choice?: string }[]
    >
    /** A table's active choices (sys_choice); absent or null: sys_choice is refused (HTTP 403), as an ACL would. */
    choices?: Record<string, { element: string; value: string }[]> | null
    roles: string[]
    /** When set, `/oauth_token.do` grants a token for this client (password grant). */
    oauthClient?: { clientId: string; clientSecret: string } | null
}

/**
 * A ServiceNow Table API double in a child process (the CLI under test blocks its own thread):
 * basic auth, `sysparm_query` with `field=value^field=value`, the tables ping reads.
 */
const SERVER_SOURCE = String.raw`
const http = require('http')
let state = JSON.parse(process.argv[1])
const fail = (res, status, message) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify({ error: { message, detail: null }, status: 'failure' })) }
const ok = (res, result) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify({ result })) }
http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
        const url = new URL(req.url, 'http://x')
        if (url.pathname === '/__state') { state = { ...state, ...JSON.parse(body) }; return ok(res, state) }
        if (url.pathname === '/oauth_token.do' && req.method === 'POST') {
            const f = new URLSearchParams(body)
            const c = state.oauthClient
            const good = c && f.get('grant_type') === 'password' && f.get('client_id') === c.clientId &&
                f.get('client_secret') === c.clientSecret && f.get('username') === state.user && f.get('password') === state.password
            if (!good) { res.writeHead(401, { 'content-type': 'application/json' }); return res.end('{"error":"access_denied"}') }
            return res.end(JSON.stringify({ access_token: 'sn-token-123456', token_type: 'Bearer', expires_in: 1800 }))
        }
        const basic = 'Basic ' + Buffer.from(state.user + ':' + state.password).toString('base64')
        const bearer = state.oauthClient ? 'Bearer sn-token-123456' : null
        if (req.headers.authorization !== basic && req.headers.authorization !== bearer) return fail(res, 401, 'User Not Authenticated')
        const m = /^\/api\/now\/table\/([a-z_]+)$/.exec(url.pathname)
        if (!m) return fail(res, 404, 'no such API')
        const q = {}
        for (const part of (url.searchParams.get('sysparm_query') || '').split('^').filter(Boolean)) {
            const i = part.indexOf('=')
            q[part.slice(0, i)] = part.slice(i + 1)
        }
        switch (m[1]) {
            case 'sys_user':
                return ok(res, q.user_name === state.user ? [{ user_name: state.user, active: 'true' }] : [])
            case 'v_plugin':
                return ok(res, q.id in state.plugins ? [{ id: q.id, active: state.plugins[q.id] ? 'active' : 'inactive' }] : [])
            case 'sys_store_app':
                return ok(res, q.scope in state.storeApps ? [{ scope: q.scope, active: String(state.storeApps[q.scope]) }] : [])
            case 'sys_db_object':
                return ok(res, state.tables.includes(q.name) ? [{ name: q.name }] : [])
            case 'sys_dictionary':
                return ok(res, !state.tables.includes(q.name) ? [] : state.columns && state.columns[q.name] ? state.columns[q.name] : [{ element: 'number', internal_type: 'string', max_length: '40', mandatory: 'false' }])
            case 'sys_choice':
                if (!state.choices) return fail(res, 403, 'ACL')
                return ok(res, q.inactive === 'false' ? state.choices[q.name] || [] : [])
            case 'sys_user_has_role':
                return ok(res, q['user.user_name'] === state.user && state.roles.includes(q['role.name']) ? [{ sys_id: 'r' }] : [])
            default:
                return fail(res, 403, 'ACL')
        }
    })
}).listen(0, '127.0.0.1', function () { console.log('http://127.0.0.1:' + this.address().port) })
`

export interface FakeServiceNow {
    url: string
    setState(state: Partial<FakeInstanceState>): Promise<void>
    stop(): Promise<void>
}

export async function startFakeServiceNow(state: FakeInstanceState): Promise<FakeServiceNow> {
    const child = spawn(process.execPath, ['-e', SERVER_SOURCE, JSON.stringify(state)], {
        stdio: ['ignore', 'pipe', 'inherit'],
    })
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const url = await new Promise<string>((resolve, reject) => {
        child.once('exit', (code) => reject(new Error(`fake ServiceNow exited with ${code}`)))
        child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))
    })
    return {
        url,
        setState: async (next) => {
            // One connection per call (as EmulatorControl): no kept-alive socket the server may close as it is reused.
            const response = await fetch(`${url}/__state`, {
                method: 'POST',
                headers: { connection: 'close' },
                body: JSON.stringify(next),
            })
            if (!response.ok) throw new Error(`fake ServiceNow state: ${response.status}`)
        },
        stop: async () => {
            child.kill()
            await exited
        },
    }
}
