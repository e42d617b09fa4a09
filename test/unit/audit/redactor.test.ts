import {
    base64,
    base64Fragments,
    formEncode,
    Redactor,
    uriComponentEncode,
    utf8Bytes,
} from '../../../src/server/core/audit/redactor'

/*
 * Every expected encoded form is produced here with Node's own encoders (Buffer, URLSearchParams,
 * JSON.stringify, encodeURIComponent), never with the redactor's, so the test checks the redactor
 * against independent implementations.
 */

const SECRETS = [
    'p+ss/w0rd=&"\\ x~!*()\'',
    's3cr3t-value-&=+ü',
    'ünïcødé-秘密-🔑-key',
    'Zm9v+YmFy/YmF6==',
    'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtbGMifQ.c2lnbmF0dXJl_-',
    'tab\there<and>new\nline',
]

const upper = (s: string) => s.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase())
const lower = (s: string) => s.replace(/%[0-9a-f]{2}/gi, (m) => m.toLowerCase())
const jsonEscaped = (s: string) => JSON.stringify(s).slice(1, -1)
/** JSON as PHP, .NET and Java encoders write it: `\/` and every non-ASCII or markup character as \uXXXX. */
const jsonAllEscaped = (s: string, hexCase: 'lower' | 'upper') =>
    jsonEscaped(s)
        .replace(/\//g, '\\/')
        .replace(/[^\x20-\x7e]|[<>&']/g, (c) => {
            const h = c.charCodeAt(0).toString(16).padStart(4, '0')
            return '\\u' + (hexCase === 'upper' ? h.toUpperCase() : h)
        })
const html = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
const htmlNumeric = (s: string) =>
    [...s].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `&#x${c.codePointAt(0)!.toString(16)};`)).join('')
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url')

const ENCODINGS: [string, (s: string) => string][] = [
    ['raw', (s) => s],
    ['encodeURIComponent', (s) => encodeURIComponent(s)],
    ['percent-encoded, lower-case hex', (s) => lower(encodeURIComponent(s))],
    ['form-encoded (URLSearchParams)', (s) => new URLSearchParams({ v: s }).toString().slice(2)],
    ['form-encoded, lower-case hex', (s) => lower(new URLSearchParams({ v: s }).toString().slice(2))],
    ['encodeURI (reserved characters kept)', (s) => encodeURI(s)],
    ['doubly percent-encoded', (s) => encodeURIComponent(encodeURIComponent(s))],
    [
        'every non-alphanumeric byte percent-encoded',
        (s) =>
            [...s]
                .map((c) =>
                    /[A-Za-z0-9]/.test(c)
                        ? c
                        : [...Buffer.from(c, 'utf8')]
                              .map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0'))
                              .join('')
                )
                .join(''),
    ],
    ['JSON-escaped', jsonEscaped],
    ['JSON, \\/ and \\uxxxx', (s) => jsonAllEscaped(s, 'lower')],
    ['JSON, \\uXXXX upper-case', (s) => jsonAllEscaped(s, 'upper')],
    ['JSON-escaped twice (a JSON string inside a JSON string)', (s) => jsonEscaped(jsonEscaped(s))],
    ['HTML entities', html],
    ['HTML numeric references', htmlNumeric],
    ['base64', b64],
    ['base64url', b64url],
]

function redactorWith(...secrets: string[]): Redactor {
    const r = new Redactor()
    for (const s of secrets) r.register(s)
    return r
}

describe('every registered secret is scrubbed in every encoding a server echoes', () => {
    const cases: [string, string, (s: string) => string][] = []
    for (const secret of SECRETS) for (const [name, encode] of ENCODINGS) cases.push([name, secret, encode])

    test.each(cases)('%s of %j', (_name, secret, encode) => {
        const encoded = encode(secret)
        const r = redactorWith(secret)
        const text = `IFS said: {"error":{"message":"bad request ${encoded} (seen 2x)"}} end`
        const out = r.scrub(text)
        expect(out).not.toContain(encoded)
        expect(out).toContain('***')
        expect(out.startsWith('IFS said: {"error":{"message":"bad request ')).toBe(true)
        expect(out.endsWith(' (seen 2x)"}} end')).toBe(true)
    })

    test('mixed encodings inside one echo (some characters escaped, others not)', () => {
        const secret = 'a/b+c=d&e"f'
        const r = redactorWith(secret)
        for (const mixed of [
            'a%2Fb+c=d%26e"f',
            'a\\/b%2bc%3dd&e\\"f',
            'a/b%2Bc=d&amp;e&quot;f',
            'a%252Fb%2Bc=d&e\\u0022f',
        ])
            expect(r.scrub(`x ${mixed} y`)).toBe('x *** y')
    })

    test.each([0, 1, 2, 3, 4, 5, 11])(
        'base64 of client_id:secret (HTTP Basic) with a client id of %i characters',
        (idLength) => {
            const clientId = 'c'.repeat(idLength)
            for (const secret of SECRETS) {
                const r = redactorWith(secret)
                const forms = [secret, new URLSearchParams({ v: secret }).toString().slice(2)]
                for (const form of forms) {
                    const encoded = b64(`${clientId}:${form}`)
                    const out = r.scrub(`credential ${encoded} refused`)
                    // The characters that depend on the secret's bytes alone must all be gone.
                    const p = idLength + 1
                    const inner = encoded.slice(
                        Math.ceil((8 * p) / 6),
                        Math.floor((8 * (p + Buffer.byteLength(form))) / 6)
                    )
                    expect(inner.length).toBeGreaterThan(8)
                    for (let i = 0; i + 8 <= inner.length; i++) expect(out).not.toContain(inner.slice(i, i + 8))
                    expect(out.startsWith('credential ')).toBe(true)
                    expect(out.endsWith(' refused')).toBe(true)
                }
            }
        }
    )

    test('a Basic or Bearer credential is scrubbed even when it was never registered', () => {
        const r = new Redactor()
        const basic = b64('someone:Pa55word!')
        expect(r.scrub(`Authorization: Basic ${basic}`)).toBe('Authorization: Basic ***')
        expect(r.scrub(`authorization: basic ${basic}, retry`)).toBe('authorization: basic ***, retry')
        expect(r.scrub('Authorization: Bearer abc.def-ghi')).toBe('Authorization: Bearer ***')
        expect(r.scrub('Authorization=Bearer%20abc%2Bdef')).toBe('Authorization=Bearer%20***')
        // Ordinary words after "Basic" stay readable.
        expect(r.scrub('Basic authentication failed')).toBe('Basic authentication failed')
    })

    test('client_secret=, access_token= and JSON token fields are scrubbed whatever the value', () => {
        const r = new Redactor()
        expect(r.scrub('grant_type=client_credentials&client_secret=a%2Bb%3D&scope=x')).toBe(
            'grant_type=client_credentials&client_secret=***&scope=x'
        )
        expect(r.scrub('client_secret%3Dzz%26scope')).toBe('client_secret%3D***')
        expect(r.scrub('{"access_token":"ab\\"cd\\\\ef","expires_in":3}')).toBe('{"access_token":"***","expires_in":3}')
        expect(r.scrub('{"message":"{\\"client_secret\\":\\"hunter2\\"}"}')).toBe(
            '{"message":"{\\"client_secret\\":\\"***\\"}"}'
        )
        expect(r.scrub('?password=pw1&user=x')).toBe('?password=***&user=x')
    })

    test('text without any secret comes back unchanged', () => {
        const r = redactorWith(...SECRETS, 'tok-1234567890')
        for (const text of [
            'IFS answered HTTP 404 for /main/ifsapplications/projection/v1/X.svc/Y: not found',
            '{"Company":"10","Amount":12.5,"Note":"a/b+c=d"}',
            'ünïcødé 秘密 without the rest',
            '',
        ])
            expect(r.scrub(text)).toBe(text)
    })

    test('a secret with a lone surrogate is registered without throwing and scrubbed', () => {
        const r = redactorWith('half\ud800-of-a-pair')
        expect(r.scrub('x half\ud800-of-a-pair y')).toBe('x *** y')
    })

    test('a secret that contains another: the longer one is scrubbed whole', () => {
        const r = redactorWith('abcdef', 'abcdef+ghijkl')
        expect(r.scrub('x abcdef+ghijkl y abcdef z')).toBe('x *** y *** z')
        expect(r.scrub(`x ${encodeURIComponent('abcdef+ghijkl')} y`)).toBe('x *** y')
    })

    test('many secrets and a long text: every occurrence of each is scrubbed', () => {
        const tokens = Array.from({ length: 200 }, (_, i) => `tok${i}-${(i * 7919).toString(36)}+/=`)
        const r = redactorWith(...tokens)
        const filler = 'lorem ipsum, '.repeat(2000)
        const text = tokens.map((t, i) => `${filler}${i % 2 ? encodeURIComponent(t) : jsonEscaped(t)}`).join('|')
        const out = r.scrub(text)
        for (const t of tokens) {
            expect(out).not.toContain(encodeURIComponent(t))
            expect(out).not.toContain(t)
        }
        expect(out.split('***').length - 1).toBe(200)
    })
})

describe('short secrets (any length is registered)', () => {
    const SHORT = ['a', 'Q', 'x9', '+', 'ab+c', '12345', 'ü']

    test.each(SHORT)('%j is scrubbed where it stands as a whole token, in every encoding', (secret) => {
        const r = redactorWith(secret)
        for (const [, encode] of ENCODINGS.filter(([n]) => !n.startsWith('base64'))) {
            const encoded = encode(secret)
            for (const text of [
                `${encoded}`,
                `token ${encoded} rejected`,
                `"${encoded}"`,
                `token=${encoded}&x=1`,
                `(${encoded})`,
            ]) {
                const out = r.scrub(text)
                expect(out).toContain('***')
                expect(out).toBe(text.replace(encoded, '***'))
            }
        }
    })

    test('a short secret inside a longer word is left alone (a one-letter token does not blank the alphabet)', () => {
        expect(redactorWith('a').scrub('banana and a pear')).toBe('banana and *** pear')
        expect(redactorWith('x9').scrub('box9 x9y x9')).toBe('box9 x9y ***')
        expect(redactorWith('12345').scrub('order 123456 and 12345.')).toBe('order 123456 and ***.')
    })

    test('every occurrence, adjacent ones included', () => {
        expect(redactorWith('ab').scrub('ab ab,ab;ab')).toBe('*** ***,***;***')
    })

    test('a short token in a Bearer header or a token field is scrubbed by context', () => {
        const r = redactorWith('Zz')
        expect(r.scrub('Authorization: Bearer Zz')).toBe('Authorization: Bearer ***')
        expect(r.scrub('{"access_token":"Zz"}')).toBe('{"access_token":"***"}')
    })
})

describe('pure encoders (no Buffer on the instance) agree with Node', () => {
    const samples = ['', 'a', 'ab', 'abc', 'abcd', 'ü', '秘密', '🔑', 'x\u0000y', '\ud800lone', ...SECRETS]
    test.each(samples)('%j', (s) => {
        expect(utf8Bytes(s)).toEqual([...Buffer.from(s, 'utf8')])
        expect(base64(utf8Bytes(s))).toBe(Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, ''))
        expect(formEncode(s)).toBe(new URLSearchParams({ v: s }).toString().slice(2))
        const wellFormed = !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))
        expect(uriComponentEncode(s)).toBe(
            wellFormed ? encodeURIComponent(s) : encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd'))
        )
    })

    test('base64 fragments are substrings of the real encodings', () => {
        const secret = 'p+ss/w0rd=&"'
        const fragments = base64Fragments(secret)
        for (const prefix of ['', 'c:', 'cl:']) {
            const encoded = b64(prefix + secret)
            expect(fragments.some((f) => encoded.includes(f))).toBe(true)
        }
    })
})
