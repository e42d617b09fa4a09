import { checkTenantUrl, checkTokenUrl, defaultTokenUrl } from '../../../src/server/core/config/tenant-url'

describe('checkTenantUrl', () => {
    it.each([
        ['https://acme.ifs.cloud', 'https://acme.ifs.cloud'],
        ['https://acme.ifs.cloud/', 'https://acme.ifs.cloud'],
        ['  https://ACME.ifs.cloud  ', 'https://acme.ifs.cloud'],
        ['https://acme.eu.ifs.cloud:443', 'https://acme.eu.ifs.cloud'],
        ['https://acme.ifs.cloud:8443', 'https://acme.ifs.cloud:8443'],
    ])('accepts %s as %s', (raw, expected) => {
        expect(checkTenantUrl(raw, 'ifs.cloud')).toEqual({ ok: true, url: expected })
    })

    it.each([
        ['http://acme.ifs.cloud', 'https'],
        ['https://user:pw@acme.ifs.cloud', 'user name'],
        ['https://acme.ifs.cloud@evil.com', 'user name'],
        ['https://10.0.0.1', 'IP address'],
        ['https://[::1]', 'IPv6'],
        ['https://[fe80::1]:443', 'IPv6'],
        ['https://0x7f000001', 'IP address'],
        ['https://acme.ifs.cloud.evil.com', 'not under the allowed suffix'],
        ['https://evilifs.cloud', 'not under the allowed suffix'],
        ['https://ifs.cloud', 'not under the allowed suffix'],
        ['https://acme.ifs.cloud/main', 'must not have a path'],
        ['https://acme.ifs.cloud/../x', 'must not have a path'],
        ['https://acme.ifs.cloud?x=1', 'must not contain ? or #'],
        ['https://acme.ifs.cloud#frag', 'must not contain ? or #'],
        ['https://acme.ifs.cloud\\@evil.com', 'backslashes'],
        ['https://acme%2eifs.cloud', '% escapes'],
        ['https://ac_me.ifs.cloud', 'not a valid DNS name'],
        ['https://acme.ifs.cloud:99999', 'invalid port'],
        ['acme.ifs.cloud', 'not an absolute URL'],
        ['', 'not an absolute URL'],
    ])('refuses %s (%s)', (raw, reason) => {
        const result = checkTenantUrl(raw, 'ifs.cloud')
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result.reason).toContain(reason)
    })

    it('uses the configured suffix for private deployments, and refuses a suffix that is an address', () => {
        expect(checkTenantUrl('https://erp.corp.example.com', 'corp.example.com')).toEqual({
            ok: true,
            url: 'https://erp.corp.example.com',
        })
        expect(checkTenantUrl('https://acme.ifs.cloud', 'corp.example.com').ok).toBe(false)
        const bad = checkTenantUrl('https://a.0.0.1', '0.0.1')
        expect(bad.ok).toBe(false)
    })
})

describe('token URL', () => {
    it('defaults to the realm endpoint of the tenant', () => {
        expect(defaultTokenUrl('https://acme.ifs.cloud', 'acmeprod')).toBe(
            'https://acme.ifs.cloud/auth/realms/acmeprod/protocol/openid-connect/token'
        )
    })

    it.each([
        ['https://id.ifs.cloud/auth/realms/x/protocol/openid-connect/token', true],
        ['https://id.ifs.cloud/auth/realms/../x/token', false],
        ['http://id.ifs.cloud/token', false],
        ['https://id.example.com/token', false],
        ['https://1.2.3.4/token', false],
        ['https://u@id.ifs.cloud/token', false],
        ['https://id.ifs.cloud/token?client_secret=x', false],
        ['https://id.ifs.cloud', false],
    ])('override %s accepted: %s', (raw, ok) => {
        expect(checkTokenUrl(raw, 'ifs.cloud').ok).toBe(ok)
    })
})
