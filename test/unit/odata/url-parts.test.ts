import { endpointForMessage, originOf, parseAbsoluteUrl, pathOf } from '../../../src/server/core/odata/url-parts'
import { itMapsEach } from '../../support/maps-each'

describe('parseAbsoluteUrl', () => {
    it('splits every part a server sees, host and scheme in lower case, path as written', () => {
        expect(parseAbsoluteUrl('HTTPS://User:Pw@ACME.ifs.cloud:8443/Main/X?a=1&b=2#Frag')).toEqual({
            scheme: 'https',
            userinfo: 'User:Pw',
            host: 'acme.ifs.cloud',
            port: '8443',
            path: '/Main/X',
            query: 'a=1&b=2',
            fragment: 'Frag',
        })
    })

    it('leaves absent parts null (or an empty path)', () => {
        expect(parseAbsoluteUrl('https://acme.ifs.cloud')).toEqual({
            scheme: 'https',
            userinfo: null,
            host: 'acme.ifs.cloud',
            port: null,
            path: '',
            query: null,
            fragment: null,
        })
    })

    it('takes the last @ as the end of the user info (an @ in a password)', () => {
        const parts = parseAbsoluteUrl('https://a@b:c@evil.example/x')
        expect(parts?.userinfo).toBe('a@b:c')
        expect(parts?.host).toBe('evil.example')
    })

    it('keeps IPv6 brackets and reads the port after them', () => {
        expect(parseAbsoluteUrl('http://[::1]:8080/p')).toMatchObject({ host: '[::1]', port: '8080', path: '/p' })
        expect(parseAbsoluteUrl('http://[FE80::1]/p')).toMatchObject({ host: '[fe80::1]', port: null })
    })

    it.each(['http://[::1/p', 'http://[::1]x/p', '/relative/path', 'acme.ifs.cloud/x', '1http://x', ''])(
        'returns null for %p',
        (text) => {
            expect(parseAbsoluteUrl(text)).toBeNull()
        }
    )

    it('an empty user info (`https://@host`) is present, so it is refused like any user info', () => {
        expect(parseAbsoluteUrl('https://@evil.example/x')).toMatchObject({ userinfo: '', host: 'evil.example' })
    })

    it('an empty host before a port stays empty', () => {
        expect(parseAbsoluteUrl('http://:8080/x')).toMatchObject({ host: '', port: '8080' })
    })

    it('an empty query or fragment is present but empty, not absent', () => {
        expect(parseAbsoluteUrl('https://h/p?#')).toMatchObject({ query: '', fragment: '' })
    })
})

describe('originOf', () => {
    itMapsEach(
        (url: string) => originOf(parseAbsoluteUrl(url)!),
        [
            ['https://acme.ifs.cloud:443/x', 'https://acme.ifs.cloud'],
            ['http://acme.ifs.cloud:80/x', 'http://acme.ifs.cloud'],
            ['https://acme.ifs.cloud:80/x', 'https://acme.ifs.cloud:80'],
            ['http://acme.ifs.cloud:443/x', 'http://acme.ifs.cloud:443'],
            ['https://u:p@ACME.ifs.cloud:8443/x', 'https://acme.ifs.cloud:8443'],
            ['ftp://host:443/x', 'ftp://host:443'],
            ['ftp://host/x', 'ftp://host'],
            ['ftp://host:80/x', 'ftp://host:80'],
        ],
        '%s has the origin %s'
    )
})

describe('pathOf', () => {
    itMapsEach(pathOf, [
        ['https://acme.ifs.cloud/main/X.svc/S?$filter=a&token=t#f', '/main/X.svc/S'],
        ['https://acme.ifs.cloud', '/'],
        ['https://acme.ifs.cloud?x=1', '/'],
        ['X.svc/S?$top=1', 'X.svc/S'],
        ['X.svc/S#frag', 'X.svc/S'],
        ['X.svc/S', 'X.svc/S'],
        ['?token=abc', ''],
    ])
})

describe('endpointForMessage', () => {
    itMapsEach(
        endpointForMessage,
        [
            ['https://idp.example/realms/r/token', 'https://idp.example/realms/r/token'],
            ['https://svc:s3cret@idp.example/token', 'https://idp.example/token'],
            ['https://svc:s3cret@idp.example:8443/token?x=1#f', 'https://idp.example:8443/token'],
            ['HTTP://IDP.example:80/Token', 'http://idp.example:80/Token'],
            ['https://idp.example', 'https://idp.example'],
            ['https://idp.example:/t', 'https://idp.example/t'],
            ['user:pw@idp.example/token?secret=1', 'idp.example/token'],
            ['not a url#frag', 'not a url'],
            ['idp.example/token', 'idp.example/token'],
            ['?secret=1', ''],
        ],
        '%s is shown as %s'
    )
})
