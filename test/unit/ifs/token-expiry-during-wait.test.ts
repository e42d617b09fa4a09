import type { HttpRequest, HttpResult } from '../../../src/server/ports/http'
import { jsonResponse } from '../../fakes/scripted-http'
import { clientHarness, PO_SET, poRows } from './client-harness'

describe('a token that would expire while the request ceiling is waited out', () => {
    it('is not sent: the client waits for a slot first, then takes a token valid at sending time', () => {
        const lifetimeSeconds = 30
        const h = clientHarness({ tokenLifetime: lifetimeSeconds, ceiling: 2, maxInlineWaitMs: 120_000 })
        h.ifs.sets.set(PO_SET, poRows(3))
        // IFS refuses a token past its lifetime, as the real one does.
        const grantedAt = new Map<string, number>()
        const fetch = h.tokens.fetchToken.bind(h.tokens)
        h.tokens.fetchToken = () => {
            const grant = fetch()
            if (grant.kind === 'granted') grantedAt.set(grant.accessToken, h.clock.nowMs())
            return grant
        }
        const sentWith: { atMs: number; ageMs: number }[] = []
        const expiring = (req: HttpRequest): HttpResult => {
            const token = (req.headers.Authorization ?? '').replace(/^Bearer /, '')
            const age = h.clock.nowMs() - (grantedAt.get(token) ?? -Infinity)
            sentWith.push({ atMs: h.clock.nowMs(), ageMs: age })
            if (age >= lifetimeSeconds * 1000) return jsonResponse(401, { error: { message: 'Token expired' } })
            return h.ifs.handle(req)
        }
        h.http.enqueue(...Array.from({ length: 10 }, () => expiring))

        expect(h.client.readPage(PO_SET, {}).rows).toHaveLength(3)
        // The ceiling (token + page) is used up: the next page waits a minute, longer than the token lives.
        expect(h.client.readPage(PO_SET, {}).rows).toHaveLength(3)
        expect(sentWith.every((s) => s.ageMs < lifetimeSeconds * 1000)).toBe(true)
        expect(h.tokens.calls).toBe(2)
    })
})
