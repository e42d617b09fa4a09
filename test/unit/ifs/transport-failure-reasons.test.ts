import { explainTransportFailure } from '../../../src/server/core/ifs/transport-failure'

/**
 * explainTransportFailure case by case: for each cause the adapter's text, with and without the
 * request URL, gives one literal sentence and the retry reason (only a timeout is `timeout`; every
 * other transport failure is `connection`). The expectations are written out by hand.
 */
describe('explainTransportFailure, cause by cause', () => {
    const URL = 'https://acme.ifs.cloud/main/ifsapplications/projection/v1/X.svc/Set?$top=1'
    /** The test of one row: the adapter's `text` with `url` gives exactly the cause, reason and message. */
    const explains = (url: string | null) => (cause: string, text: string, reason: string, message: string) => {
        expect(explainTransportFailure(text, url)).toEqual({ cause, reason, message })
    }

    it.each([
        [
            'dns',
            'ENOTFOUND: getaddrinfo ENOTFOUND acme.ifs.cloud',
            'connection',
            // A DNS failure names the host alone: the port and the adapter's words add nothing.
            'DNS name not found: acme.ifs.cloud',
        ],
        [
            'refused',
            'ECONNREFUSED: connect ECONNREFUSED 10.0.0.5:443',
            'connection',
            'connection refused: acme.ifs.cloud:443',
        ],
        [
            'tls',
            'CERT_HAS_EXPIRED: certificate has expired',
            'connection',
            'TLS handshake failed: acme.ifs.cloud:443: CERT_HAS_EXPIRED: certificate has expired',
        ],
        ['reset', 'ECONNRESET: socket hang up', 'connection', 'connection reset: acme.ifs.cloud:443'],
        [
            'unreachable',
            'EHOSTUNREACH: connect EHOSTUNREACH 10.1.1.1:443',
            'connection',
            'host unreachable: acme.ifs.cloud:443',
        ],
        [
            'timeout',
            'ETIMEDOUT: connect ETIMEDOUT 10.1.1.1:443',
            'timeout',
            'timed out: acme.ifs.cloud:443 (ETIMEDOUT: connect ETIMEDOUT 10.1.1.1:443)',
        ],
        [
            'other',
            'ERR_INVALID_CHAR: Invalid character in header content',
            'connection',
            'connection failed: acme.ifs.cloud:443: ERR_INVALID_CHAR: Invalid character in header content',
        ],
    ])('%s with the URL: %s', explains(URL))

    it.each([
        ['dns', 'java.net.UnknownHostException: acme.ifs.cloud', 'connection', 'DNS name not found: acme.ifs.cloud'],
        [
            'refused',
            'java.net.ConnectException: Connection refused',
            'connection',
            'connection refused: java.net.ConnectException: Connection refused',
        ],
        [
            'tls',
            'javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure',
            'connection',
            'TLS handshake failed: javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure',
        ],
        [
            'reset',
            'java.net.SocketException: Connection reset',
            'connection',
            'connection reset: java.net.SocketException: Connection reset',
        ],
        [
            'timeout',
            'java.net.SocketTimeoutException: Read timed out',
            'timeout',
            'timed out: java.net.SocketTimeoutException: Read timed out',
        ],
        // A text of no known cause is passed on as it is, without a label in front.
        [
            'other',
            'java.lang.IllegalStateException: stream closed',
            'connection',
            'java.lang.IllegalStateException: stream closed',
        ],
    ])('%s without a URL: %s', explains(null))

    it('an http URL without a port is on port 80, an https one on 443', () => {
        expect(explainTransportFailure('ECONNREFUSED', 'http://acme.ifs.cloud/x').message).toBe(
            'connection refused: acme.ifs.cloud:80'
        )
        expect(explainTransportFailure('ECONNREFUSED', 'https://acme.ifs.cloud/x').message).toBe(
            'connection refused: acme.ifs.cloud:443'
        )
    })

    it.each([
        ['java.net.UnknownHostException acme.ifs.cloud', 'DNS name not found: acme.ifs.cloud'],
        ['java.net.UnknownHostException:acme.ifs.cloud', 'DNS name not found: acme.ifs.cloud'],
        // A DNS error that names no host, and no URL: the sentence still reads.
        ['getaddrinfo EAI_AGAIN', 'DNS name not found: the host'],
    ])('the host a DNS error names is read from %j', (text, message) => {
        expect(explainTransportFailure(text, null).message).toBe(message)
    })

    it("the adapter's words are put on one line, trimmed and cut at 300 characters", () => {
        const multiLine = explainTransportFailure('  EPROTO:\n   wrong\tversion  number \n', URL).message
        expect(multiLine).toBe('TLS handshake failed: acme.ifs.cloud:443: EPROTO: wrong version number')

        const long = `ETIMEDOUT ${'x'.repeat(400)}`
        const cut = explainTransportFailure(long, URL).message
        expect(cut).toBe(`timed out: acme.ifs.cloud:443 (ETIMEDOUT ${'x'.repeat(290)})`)
    })
})
