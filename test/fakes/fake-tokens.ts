import type { TokenGrant, TokenSource } from '../../src/server/ports/token-source'
import type { FakeClock } from './fake-clock'

/**
 * A token source that grants `token-1`, `token-2`, ... (each valid `lifetimeSeconds`), unless a
 * scripted grant is queued. Registers each granted token with an optional FakeIfs-like sink.
 */
export class FakeTokenSource implements TokenSource {
    calls = 0
    readonly granted: string[] = []
    private readonly queue: TokenGrant[] = []

    constructor(
        private readonly lifetimeSeconds = 3600,
        private readonly onGrant: ((token: string) => void) | null = null,
        private readonly clock: FakeClock | null = null,
        private readonly latencyMs = 0
    ) {}

    enqueue(...grants: TokenGrant[]): this {
        this.queue.push(...grants)
        return this
    }

    fetchToken(): TokenGrant {
        this.calls++
        if (this.clock && this.latencyMs) this.clock.advance(this.latencyMs)
        const next = this.queue.shift()
        if (next) {
            if (next.kind === 'granted') this.grant(next.accessToken)
            return next
        }
        const token = `token-${this.calls}-abcdef0123456789`
        this.grant(token)
        return { kind: 'granted', accessToken: token, expiresInSeconds: this.lifetimeSeconds }
    }

    private grant(token: string): void {
        this.granted.push(token)
        this.onGrant?.(token)
    }
}
