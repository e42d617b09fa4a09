import { spawn } from 'child_process'
import type { ChildProcess } from 'child_process'

/** A tiny HTTP server in a child process, for tests of the blocking client (which blocks this thread). */
const SERVER_SOURCE = String.raw`
const http = require('http')
const zlib = require('zlib')
const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x')
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        if (url.pathname === '/echo') {
            res.setHeader('Content-Type', 'application/json')
            res.setHeader('X-Custom-Header', 'Mixed')
            res.setHeader('Set-Cookie', ['a=1', 'b=2'])
            res.end(JSON.stringify({ method: req.method, path: req.url, headers: req.headers, body }))
        } else if (url.pathname === '/big') {
            const mb = Number(url.searchParams.get('mb'))
            res.setHeader('Content-Type', 'text/plain')
            res.end('é'.repeat(mb * 512 * 1024) + 'END')
        } else if (url.pathname === '/encoded') {
            // ?as=gzip|deflate|deflate-raw|br|bogus-gzip: the body JSON below, encoded so.
            const text = Buffer.from(JSON.stringify({ value: [{ n: 'ü€💶' }], offered: req.headers['accept-encoding'] || null }))
            const as = url.searchParams.get('as')
            const body = as === 'gzip' ? zlib.gzipSync(text) : as === 'deflate' ? zlib.deflateSync(text)
                : as === 'deflate-raw' ? zlib.deflateRawSync(text) : as === 'br' ? zlib.brotliCompressSync(text)
                : Buffer.from('not gzip at all')
            res.setHeader('Content-Type', 'application/json')
            res.setHeader('Content-Encoding', as === 'deflate-raw' ? 'deflate' : as === 'bogus-gzip' ? 'gzip' : as)
            res.end(body)
        } else if (url.pathname === '/slow') {
            setTimeout(() => res.end('late'), Number(url.searchParams.get('ms')))
        } else if (url.pathname === '/hang-up') {
            req.socket.destroy()
        } else if (url.pathname.startsWith('/status/')) {
            res.statusCode = Number(url.pathname.slice(8))
            res.setHeader('Retry-After', '7')
            res.end('{"error":"x"}')
        } else {
            res.statusCode = 404
            res.end('not found')
        }
    })
})
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port))
`

export interface TestServer {
    url: string
    stop(): Promise<void>
}

export async function startTestHttpServer(): Promise<TestServer> {
    const child: ChildProcess = spawn(process.execPath, ['-e', SERVER_SOURCE], { stdio: ['ignore', 'pipe', 'inherit'] })
    const url = await new Promise<string>((resolve, reject) => {
        child.once('exit', (code) => reject(new Error('test server exited with ' + code)))
        child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))
    })
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    return {
        url,
        stop: async () => {
            child.kill()
            await exited
        },
    }
}
