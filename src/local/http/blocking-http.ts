import { MessageChannel, Worker, receiveMessageOnPort } from 'worker_threads'
import type { MessagePort } from 'worker_threads'
import type { Http, HttpRequest, HttpResult } from '../../server/ports/http'
import { HTTP_WORKER_SOURCE } from './http-worker-source'
import { classifyTransportFailure, describeTransportFailure } from '../../server/core/ifs/transport-failure'

/** Extra time the caller waits beyond the request's own timeout before it gives the worker up. */
const GRACE_MS = 5000

interface Answer {
    seq: number
    result: HttpResult
}

/**
 * Synchronous HTTP for the synchronous core: one long-lived worker thread does the I/O with
 * Node's http/https while the calling thread sleeps in Atomics.wait on a shared flag. Answers
 * travel over a MessagePort (no size limit: 10 MB bodies are fine) and are taken synchronously
 * with receiveMessageOnPort. Anything served to this thread must run in another thread or
 * process, since this one is blocked while a request is in flight.
 */
export class BlockingHttp implements Http {
    private worker: Worker | null = null
    private port: MessagePort | null = null
    private signal: Int32Array | null = null
    private seq = 0

    send(request: HttpRequest): HttpResult {
        const result = this.exchange(request)
        return result.kind === 'transport_error' ? explained(request.url, result) : result
    }

    private exchange(request: HttpRequest): HttpResult {
        const { port, signal } = this.ensureWorker()
        const seq = ++this.seq
        port.postMessage({
            seq,
            method: request.method,
            url: request.url,
            headers: { ...request.headers },
            body: request.body,
            timeoutMs: request.timeoutMs,
        })
        const giveUpAt = Date.now() + request.timeoutMs + GRACE_MS
        for (;;) {
            const answer = this.take(port, seq)
            if (answer) return answer
            const left = giveUpAt - Date.now()
            if (left <= 0) break
            const seen = Atomics.load(signal, 0)
            if (seen !== seq) Atomics.wait(signal, 0, seen, left)
        }
        // The worker did not answer in time (its own timer should have): start a fresh one.
        this.close()
        return { kind: 'transport_error', reason: 'timeout', message: `no answer within ${request.timeoutMs} ms` }
    }

    /** Stops the worker; a later send starts a new one. */
    close(): void {
        void this.worker?.terminate()
        this.port?.close()
        this.worker = null
        this.port = null
        this.signal = null
    }

    private take(port: MessagePort, seq: number): HttpResult | null {
        for (;;) {
            const message = receiveMessageOnPort(port)
            if (!message) return null
            const answer = message.message as Answer
            // Answers to requests the caller already gave up on are dropped.
            if (answer.seq === seq) return answer.result
        }
    }

    private ensureWorker(): { port: MessagePort; signal: Int32Array } {
        if (this.worker && this.port && this.signal) return { port: this.port, signal: this.signal }
        const signal = new Int32Array(new SharedArrayBuffer(4))
        const { port1, port2 } = new MessageChannel()
        const worker = new Worker(HTTP_WORKER_SOURCE, {
            eval: true,
            workerData: { port: port2, signal },
            transferList: [port2],
        })
        // A worker that dies must not take the process with it (an unhandled 'error' event would);
        // the caller sees a transport error and the next send starts a fresh worker.
        worker.on('error', () => undefined)
        // Neither the worker nor the port may keep the process alive once the CLI is done.
        worker.unref()
        port1.unref()
        this.worker = worker
        this.port = port1
        this.signal = signal
        this.seq = 0
        return { port: port1, signal }
    }
}

/**
 * A transport error in words an admin can act on: "DNS name not found: host", "connection
 * refused: host:port", "TLS handshake failed: host:port: <OpenSSL's reason>", with its cause.
 */
function explained(url: string, result: Extract<HttpResult, { kind: 'transport_error' }>): HttpResult {
    let host = ''
    let port = ''
    try {
        const target = new URL(url)
        host = target.hostname
        port = target.port || (target.protocol === 'https:' ? '443' : target.protocol === 'http:' ? '80' : '')
    } catch {
        // An invalid URL never left the machine; the worker's message says so.
    }
    const cause = result.reason === 'timeout' ? 'timeout' : classifyTransportFailure(result.message)
    return {
        ...result,
        reason: cause === 'timeout' ? 'timeout' : result.reason,
        cause,
        message: host
            ? describeTransportFailure(cause, host, port, cause === 'dns' ? '' : result.message)
            : result.message,
    }
}
