import type { Http, HttpRequest, HttpResult } from '../../server/ports/http'

/**
 * The local-only escape hatch for `"insecureLocalEmulator": true`. The core stays strict (https,
 * no IP hosts, allowed suffix), so the connection is given a virtual tenant such as
 * `https://ifs-emulator.invalid` (`.invalid` never resolves, so nothing can leak to a real host
 * if this wrapper is missing) and this Http maps that origin to the emulator's plain-http
 * loopback origin on the way out, and back in response bodies and headers (nextLink, Location)
 * so the core's same-origin checks see one consistent tenant.
 */
export class LoopbackEmulatorHttp implements Http {
    constructor(
        private readonly inner: Http,
        private readonly virtualOrigin: string,
        private readonly loopbackOrigin: string
    ) {
        const host = new URL(loopbackOrigin).hostname
        if (!isLoopbackHost(host)) {
            throw new Error(`insecureLocalEmulator only reaches a loopback address, not ${loopbackOrigin}`)
        }
    }

    send(request: HttpRequest): HttpResult {
        const url = request.url.startsWith(this.virtualOrigin)
            ? this.loopbackOrigin + request.url.slice(this.virtualOrigin.length)
            : request.url
        const result = this.inner.send({ ...request, url })
        if (result.kind !== 'response') return result
        const headers: Record<string, string> = {}
        for (const [name, value] of Object.entries(result.headers)) headers[name] = this.toVirtual(value)
        return { ...result, headers, body: this.toVirtual(result.body) }
    }

    private toVirtual(text: string): string {
        return text.includes(this.loopbackOrigin) ? text.split(this.loopbackOrigin).join(this.virtualOrigin) : text
    }
}

export function isLoopbackHost(host: string): boolean {
    const bare = host.replace(/^\[|\]$/g, '')
    return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare)
}
