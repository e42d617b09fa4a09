import { Redactor } from '../../../src/server/core/audit/redactor'
import { displayUrl, hasUserInfo } from '../../../src/server/core/odata/url-parts'
import { itMapsEach } from '../../support/maps-each'

describe('user info in URLs', () => {
    itMapsEach(hasUserInfo, [
        ['https://user:pass@acme.ifs.cloud', true],
        ['https://token@acme.ifs.cloud/x', true],
        ['http://admin:pw@127.0.0.1:8080', true],
        ['https://a%40b:p%3Aw@acme.ifs.cloud', true],
        ['https://u:pa@ss@acme.ifs.cloud', true],
        ['https://:@acme.ifs.cloud', true],
        ['https:\\\\u:p@acme.ifs.cloud', true],
        ['HTTPS://U:P@ACME.IFS.CLOUD', true],
        ['https://acme.ifs.cloud', false],
        ['https://acme.ifs.cloud/path?mail=a@b.c', false],
        ['https://acme.ifs.cloud/a@b', false],
        ['not a url', false],
    ])

    itMapsEach(
        displayUrl,
        [
            ['https://user:pass@acme.ifs.cloud', 'https://***@acme.ifs.cloud'],
            ['http://admin:pw@127.0.0.1:8080/x?y=1', 'http://***@127.0.0.1:8080/x?y=1'],
            ['https://u:pa@ss@acme.ifs.cloud/', 'https://***@acme.ifs.cloud/'],
            ['see https://a:b@h.example and ftp://c@d.example/', 'see https://***@h.example and ftp://***@d.example/'],
            ['https://acme.ifs.cloud/path?mail=a@b.c', 'https://acme.ifs.cloud/path?mail=a@b.c'],
            ['plain text, no URL: a@b', 'plain text, no URL: a@b'],
        ],
        'displayUrl(%s) = %s'
    )

    it('the Redactor never lets a URL user info through, registered or not', () => {
        expect(new Redactor().scrub('GET https://svc:Pa55@dev.service-now.com/api failed')).toBe(
            'GET https://***@dev.service-now.com/api failed'
        )
    })
})

describe('displayUrl on long texts (a flag payload may hold a 30 MB value)', () => {
    // The former single regular expression backtracked quadratically over a long run of scheme
    // characters: these inputs then never finished within the test timeout.
    it.each([
        ['letters only, with an @', 'S'.repeat(2_000_000) + '@'],
        ['letters before a colon', 'S'.repeat(2_000_000) + ':x@y'],
        ['a long authority without @', 'https://' + 'h'.repeat(2_000_000) + '/p @'],
    ])('%s passes unchanged', (_name, text) => {
        expect(displayUrl(text)).toBe(text)
    })

    it('still hides user info after a long run of letters', () => {
        const text = 'S'.repeat(2_000_000) + ' https://u:pw@h.example/x'
        expect(displayUrl(text)).toBe('S'.repeat(2_000_000) + ' https://***@h.example/x')
    })

    it('takes a scheme of mixed letters and digits, and none of digits only', () => {
        expect(displayUrl('git+ssh2://u:p@h/x')).toBe('git+ssh2://***@h/x')
        expect(displayUrl('123://u:p@h/x')).toBe('123://u:p@h/x')
    })
})
