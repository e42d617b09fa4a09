import type { Http } from '../../src/server/ports/http'
import type { TokenSource } from '../../src/server/ports/token-source'

/**
 * Calls `before` ahead of every request the connector makes to IFS, data requests (the Http port)
 * and token requests (the token source) alike: the request ceiling counts both, and a crash can
 * happen before either. Wraps the harness's own doubles in place.
 */
export function beforeEachRequest(h: { http: Http; tokens: TokenSource }, before: () => void): void {
    const send = h.http.send.bind(h.http)
    h.http.send = (request) => {
        before()
        return send(request)
    }
    const fetch = h.tokens.fetchToken.bind(h.tokens)
    h.tokens.fetchToken = () => {
        before()
        return fetch()
    }
}
