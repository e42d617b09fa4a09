/**
 * Source of the worker thread that performs requests for BlockingHttp. Kept as a string and
 * started with `{ eval: true }` so the bundled CLI, jest and any other host need no extra file.
 *
 * Protocol: requests arrive on `workerData.port`; each answer is posted back on the same port,
 * then `signal[0]` is set to the request's sequence number and notified, which wakes the caller
 * sleeping in Atomics.wait. The caller then takes the message with receiveMessageOnPort.
 */
export const HTTP_WORKER_SOURCE = String.raw`
const { workerData } = require('worker_threads')
const http = require('http')
const https = require('https')
const zlib = require('zlib')
const { port, signal } = workerData

function settle(seq, result) {
    port.postMessage({ seq, result })
    Atomics.store(signal, 0, seq)
    Atomics.notify(signal, 0)
}

port.on('message', (msg) => {
    const { seq, method, url, headers, body, timeoutMs } = msg
    let done = false
    // Declared before any early finish() below, which clears it.
    let deadline
    const finish = (result) => {
        if (done) return
        done = true
        clearTimeout(deadline)
        settle(seq, result)
    }
    let target
    try {
        target = new URL(url)
    } catch (e) {
        finish({ kind: 'transport_error', reason: 'connection', message: 'invalid URL' })
        return
    }
    const lib = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : null
    if (!lib) {
        finish({ kind: 'transport_error', reason: 'connection', message: 'unsupported protocol ' + target.protocol })
        return
    }
    const outHeaders = Object.assign({}, headers)
    if (!Object.keys(outHeaders).some((h) => h.toLowerCase() === 'accept-encoding')) outHeaders['accept-encoding'] = 'gzip, deflate'
    if (body !== undefined) outHeaders['content-length'] = String(Buffer.byteLength(body, 'utf8'))
    let req
    try {
        req = lib.request(target, { method, headers: outHeaders, agent: false })
    } catch (e) {
        // e.g. ERR_INVALID_CHAR for a header value with a line break: refused before any I/O.
        finish({ kind: 'transport_error', reason: 'connection', message: (e.code ? e.code + ': ' : '') + e.message })
        return
    }
    deadline = setTimeout(() => {
        finish({ kind: 'transport_error', reason: 'timeout', message: 'no complete response within ' + timeoutMs + ' ms' })
        req.destroy()
    }, timeoutMs)
    req.on('error', (e) => {
        finish({ kind: 'transport_error', reason: 'connection', message: (e.code ? e.code + ': ' : '') + e.message })
    })
    req.on('response', (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('error', (e) => finish({ kind: 'transport_error', reason: 'connection', message: e.message }))
        res.on('aborted', () => finish({ kind: 'transport_error', reason: 'connection', message: 'response aborted' }))
        res.on('end', () => {
            const out = {}
            for (const [name, value] of Object.entries(res.headers)) {
                if (value === undefined) continue
                out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value)
            }
            let bytes = Buffer.concat(chunks)
            const encoding = (out['content-encoding'] || '').trim().toLowerCase()
            if (encoding !== '' && encoding !== 'identity') {
                try {
                    if (encoding === 'gzip' || encoding === 'x-gzip') bytes = zlib.gunzipSync(bytes)
                    else if (encoding === 'deflate') {
                        // "deflate" is zlib-wrapped by the standard, raw by some servers.
                        try {
                            bytes = zlib.inflateSync(bytes)
                        } catch (e) {
                            bytes = zlib.inflateRawSync(bytes)
                        }
                    } else {
                        finish({ kind: 'transport_error', reason: 'connection', message: 'the server sent a body encoded as ' + encoding + ', which was not offered' })
                        return
                    }
                } catch (e) {
                    finish({ kind: 'transport_error', reason: 'connection', message: 'the ' + encoding + ' body could not be decoded: ' + e.message })
                    return
                }
                delete out['content-encoding']
                delete out['content-length']
            }
            finish({ kind: 'response', status: res.statusCode || 0, headers: out, body: bytes.toString('utf8') })
        })
    })
    if (body !== undefined) req.end(body)
    else req.end()
})
`
