import { createHash } from 'crypto'
import type { Digest } from '../../../src/server/ports/digest'
import { payloadHash } from '../../../src/server/core/staging/payload-hash'

// The payload hash is stored with every staged record and compared on every later run: its text
// must stay `[["name",value],...]` with the columns in name order, or every record would look
// changed after an upgrade. The expected texts are written out by hand.

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** Hashes like node:crypto and keeps the texts it was given. */
class Recording implements Digest {
    readonly texts: string[] = []
    sha256Hex(text: string): string {
        this.texts.push(text)
        return sha(text)
    }
}

describe('payloadHash', () => {
    it('hashes the [name, value] pairs as JSON, names in order, whatever order the values were built in', () => {
        const digest = new Recording()
        const hash = payloadHash({ u_total: 12.5, number: 'INV-1', active: true, u_note: null }, digest)
        const text = '[["active",true],["number","INV-1"],["u_note",null],["u_total",12.5]]'
        expect(digest.texts).toEqual([text])
        expect(hash).toBe(sha(text))
        expect(payloadHash({ u_note: null, active: true, u_total: 12.5, number: 'INV-1' }, digest)).toBe(hash)
    })

    it('escapes names and values as JSON does, and writes an undefined value as null', () => {
        const digest = new Recording()
        payloadHash({ 'a"b': 'line\n"two"\\', ü: 'é', n: undefined as unknown as null }, digest)
        expect(digest.texts).toEqual(['[["a\\"b","line\\n\\"two\\"\\\\"],["n",null],["ü","é"]]'])
    })

    it('tells values apart that differ only in type or in one column', () => {
        const digest = new Recording()
        const one = payloadHash({ a: '1', b: 'x' }, digest)
        expect(payloadHash({ a: 1, b: 'x' }, digest)).not.toBe(one)
        expect(payloadHash({ a: '1', b: 'y' }, digest)).not.toBe(one)
        expect(payloadHash({ a: '1', b: 'x', c: null }, digest)).not.toBe(one)
        expect(digest.texts).toEqual([
            '[["a","1"],["b","x"]]',
            '[["a",1],["b","x"]]',
            '[["a","1"],["b","y"]]',
            '[["a","1"],["b","x"],["c",null]]',
        ])
    })

    it('of no values is the empty array', () => {
        const digest = new Recording()
        expect(payloadHash({}, digest)).toBe(sha('[]'))
    })

    it('gives the same texts when many column lists come and go (the list cache is bounded)', () => {
        const digest = new Recording()
        for (let i = 0; i < 200; i++) payloadHash({ [`c${i}`]: i, z: 'z' }, digest)
        payloadHash({ c7: 7, z: 'z' }, digest)
        expect(digest.texts[7]).toBe('[["c7",7],["z","z"]]')
        expect(digest.texts[200]).toBe('[["c7",7],["z","z"]]')
    })
})
