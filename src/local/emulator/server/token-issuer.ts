import { randomBytes } from 'node:crypto'

export interface EmulatorClient {
    clientId: string
    clientSecret: string
}

export type TokenCheck = { ok: true; clientId: string } | { ok: false; reason: 'missing' | 'unknown' | 'expired' }

/** Keycloak-style client-credentials tokens: opaque bearer strings with a lifetime. */
export class TokenIssuer {
    private readonly tokens = new Map<string, { clientId: string; expiresAtMs: number }>()
    /** Every token ever handed out, kept past revocation: the reliability suite scans for them. */
    private readonly everIssued: string[] = []

    constructor(
        private readonly clients: readonly EmulatorClient[],
        public lifetimeSeconds: number,
        private readonly now: () => number
    ) {}

    /** Null when the client id or secret is wrong. */
    issue(clientId: string, clientSecret: string): { token: string; expiresIn: number } | null {
        const client = this.clients.find((c) => c.clientId === clientId)
        if (!client || client.clientSecret !== clientSecret) return null
        const token = randomBytes(24).toString('base64url')
        this.tokens.set(token, { clientId, expiresAtMs: this.now() + this.lifetimeSeconds * 1000 })
        this.everIssued.push(token)
        return { token, expiresIn: this.lifetimeSeconds }
    }

    check(authorization: string | undefined): TokenCheck {
        const m = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null
        if (!m) return { ok: false, reason: 'missing' }
        const entry = this.tokens.get(m[1])
        if (!entry) return { ok: false, reason: 'unknown' }
        if (entry.expiresAtMs <= this.now()) return { ok: false, reason: 'expired' }
        return { ok: true, clientId: entry.clientId }
    }

    issuedTokens(): readonly string[] {
        return [...this.everIssued]
    }

    /** Every issued token stops working (a restart of IFS's IAM, for tests). */
    revokeAll(): void {
        this.tokens.clear()
    }
}
