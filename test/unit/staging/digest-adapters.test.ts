jest.mock('@servicenow/glide', () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide'])

import { NodeDigest } from '../../../src/local/node-ports/node-digest'
import { GlideSha256 } from '../../../src/server/glide/glide-digest'
import { freshWorld } from '../../doubles/glide/jest-glide'
import { SHA256_VECTORS } from '../../support/sha256-vectors'

const labels = SHA256_VECTORS.map(([text, hex]) => [JSON.stringify(text.slice(0, 20)), text, hex] as const)

describe('NodeDigest (node:crypto)', () => {
    it.each(labels)('hashes %s as the known SHA-256 of its UTF-8 bytes', (_, text, hex) => {
        expect(new NodeDigest().sha256Hex(text)).toBe(hex)
    })
})

describe.each(['utf8', 'latin1'] as const)('GlideSha256 over a GlideDigest that encodes as %s', (charset) => {
    beforeEach(() => {
        freshWorld().digestCharset = charset
    })

    it.each(labels)('hashes %s as the known lower-case SHA-256 of its UTF-8 bytes', (_, text, hex) => {
        expect(new GlideSha256().sha256Hex(text)).toBe(hex)
    })

    it('probes the encoding once, on the first non-ASCII text, and hashes ASCII text in one call', () => {
        const world = freshWorld()
        world.digestCharset = charset
        const digest = new GlideSha256()
        digest.sha256Hex('abc')
        expect(world.digests).toBe(1)
        digest.sha256Hex('\u00e9t\u00e9')
        const probes = charset === 'utf8' ? 1 : 2
        expect(world.digests).toBe(2 + probes)
        digest.sha256Hex('\u00fcber')
        expect(world.digests).toBe(3 + probes)
    })
})

describe('GlideSha256', () => {
    it('agrees with node:crypto on UTF-8 text around block boundaries, outside the BMP and with lone surrogates', () => {
        freshWorld()
        const samples = ['发票', 'Счёт №5', '🧾 emoji', 'nul\u0000', "quote'^OR,=", '\ud800', 'x\ud83e']
        for (let n = 50; n <= 130; n++) samples.push('ä'.repeat(n), 'x'.repeat(n))
        const glide = new GlideSha256()
        const node = new NodeDigest()
        for (const s of samples) expect(glide.sha256Hex(s)).toBe(node.sha256Hex(s))
        expect(node.sha256Hex('\ud800')).toBe(node.sha256Hex('\ufffd'))
    })
})

describe('GlideSha256 over a GlideDigest whose encoding is neither UTF-8 nor Latin-1', () => {
    it('refuses non-ASCII text rather than write keys that would never match', () => {
        freshWorld()
        const digest = new GlideSha256()
        // A digest that ignores its input: the probe cannot match either encoding.
        Object.assign(digest, { api: { getSHA256Hex: () => '00' } })
        expect(() => digest.sha256Hex('\u00e9')).toThrow(/neither as UTF-8 nor as Latin-1/)
    })
})
