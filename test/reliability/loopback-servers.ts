import { createServer } from 'http'
import type { IncomingMessage, Server } from 'http'
import type { AddressInfo } from 'net'

/** A server that must never be reached: it counts every request and answers 200 with a decoy. */
export interface Canary {
    url: string
    hits: { method: string; path: string; authorization: string | null; body: string }[]
    close(): Promise<void>
}

function readBody(req: IncomingMessage): Promise<string> {
    return new Promise((resolve) => {
        const chunks: Buffer[] = []
        req.on('data', (c: Buffer) => chunks.push(c))
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    })
}

async function listen(server: Server): Promise<string> {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function closer(server: Server): () => Promise<void> {
    return () =>
        new Promise<void>((resolve) => {
            server.closeAllConnections()
            server.close(() => resolve())
        })
}

export async function startCanary(): Promise<Canary> {
    const hits: Canary['hits'] = []
    const server = createServer(async (req, res) => {
        const body = await readBody(req)
        hits.push({
            method: req.method ?? '',
            path: req.url ?? '',
            authorization: req.headers.authorization ?? null,
            body,
        })
        res.setHeader('content-type', 'application/json')
        res.end('{"access_token":"decoy","expires_in":3600,"value":[]}')
    })
    return { url: await listen(server), hits, close: closer(server) }
}

/**
 * A tenant front that forwards to the emulator but answers requests whose path matches
 * `redirect` with a 302 to another origin (`to`), like a hijacked or misconfigured gateway.
 */
export interface RedirectingProxy {
    url: string
    redirected: number
    redirect: RegExp | null
    close(): Promise<void>
}

export async function startRedirectingProxy(upstream: string, to: string): Promise<RedirectingProxy> {
    let self = ''
    const proxy: RedirectingProxy = { url: '', redirected: 0, redirect: null, close: async () => undefined }
    const server = createServer(async (req, res) => {
        const body = await readBody(req)
        const path = req.url ?? '/'
        if (proxy.redirect && proxy.redirect.test(decodeURIComponent(path))) {
            proxy.redirected++
            res.statusCode = 302
            res.setHeader('location', `${to}${path}`)
            res.end()
            return
        }
        const headers: Record<string, string> = {}
        for (const [k, v] of Object.entries(req.headers))
            if (typeof v === 'string' && k !== 'host' && k !== 'content-length' && k !== 'connection') headers[k] = v
        const answer = await fetch(upstream + path, {
            method: req.method,
            headers,
            body: req.method === 'GET' ? undefined : body,
            redirect: 'manual',
        })
        const text = (await answer.text()).split(upstream).join(self)
        res.statusCode = answer.status
        answer.headers.forEach((value, name) => {
            if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name))
                res.setHeader(name, value.split(upstream).join(self))
        })
        res.end(text)
    })
    self = await listen(server)
    proxy.url = self
    proxy.close = closer(server)
    return proxy
}
