import type { HttpMethod, HttpResult } from '../../../src/server/ports/http'
import type { GlideWorld } from './glide-world'

type WorldRef = () => GlideWorld

const DEFAULT_TIMEOUT_MS = 60000

export class RESTResponseDouble {
    constructor(private readonly result: HttpResult) {}
    getStatusCode(): number {
        return this.result.kind === 'response' ? this.result.status : 0
    }
    getHeader(name: string): string | null {
        if (this.result.kind !== 'response') return null
        return this.result.headers[String(name).toLowerCase()] ?? null
    }
    getAllHeaders(): { name: string; value: string }[] {
        if (this.result.kind !== 'response') return []
        return Object.entries(this.result.headers).map(([name, value]) => ({ name, value }))
    }
    getBody(): string {
        return this.result.kind === 'response' ? this.result.body : ''
    }
    haveError(): boolean {
        return this.result.kind !== 'response' || this.result.status >= 400
    }
    getErrorMessage(): string {
        if (this.result.kind === 'response') return this.result.status >= 400 ? `HTTP ${this.result.status}` : ''
        return this.result.message
    }
    getErrorCode(): number {
        return this.result.kind === 'response' ? 0 : this.result.reason === 'timeout' ? 1 : -1
    }
}

/**
 * sn_ws.RESTMessageV2 as synchronous HTTP through the world's `http` function. With
 * `world.restMessages` set, constructing an undeclared message or method throws like the instance.
 */
export function restMessageClass(worldOf: WorldRef) {
    return class RESTMessageV2 {
        private endpoint = ''
        private method: string
        private readonly headers: Record<string, string> = {}
        private body: string | undefined
        private timeoutMs = DEFAULT_TIMEOUT_MS
        private logLevel: string | undefined

        constructor(messageName?: string, methodName?: string) {
            const declared = worldOf().restMessages
            if (declared && messageName !== undefined) {
                const methods = declared.get(messageName)
                if (!methods) throw new Error(`REST message "${messageName}" does not exist`)
                if (methodName !== undefined && !methods.includes(methodName)) {
                    throw new Error(`REST message "${messageName}" has no method "${methodName}"`)
                }
            }
            this.method = (methodName ?? 'get').toUpperCase()
        }
        setLogLevel(level: string): void {
            this.logLevel = String(level)
        }
        setEndpoint(url: string): void {
            this.endpoint = String(url)
        }
        getEndpoint(): string {
            return this.endpoint
        }
        setHttpMethod(method: string): void {
            this.method = String(method).toUpperCase()
        }
        setHttpTimeout(ms: number): void {
            this.timeoutMs = Number(ms)
        }
        setRequestHeader(name: string, value: string): void {
            this.headers[String(name)] = String(value)
        }
        setRequestBody(body: string): void {
            this.body = String(body)
        }
        execute(): RESTResponseDouble {
            if (!this.endpoint) throw new Error('RESTMessageV2 double: no endpoint set')
            const request = {
                method: this.method as HttpMethod,
                url: this.endpoint,
                headers: { ...this.headers },
                ...(this.body !== undefined ? { body: this.body } : {}),
                timeoutMs: this.timeoutMs,
            }
            worldOf().httpRequests.push(request)
            worldOf().httpLogLevels.push(this.logLevel)
            return new RESTResponseDouble(worldOf().http(request))
        }
    }
}
