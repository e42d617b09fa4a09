import * as http from 'http'
import { gunzipSync, inflateSync } from 'zlib'
import { parseFaultSpec } from '../../src/local/emulator/faults/parse-fault-spec'
import { getToken, INVOICES, ORDERS, ROOT, q, emulatorWithToken } from './helpers'

/** A GET with Node's http (no automatic decompression): status, headers and the raw bytes. */
function rawGet(
    url: string,
    token: string
): Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }> {
    return new Promise((resolve, reject) => {
        http.get(url, { headers: { Authorization: `Bearer ${token}` } }, (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () =>
                resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) })
            )
            res.on('error', reject)
        }).on('error', reject)
    })
}

describe('emulator: answers that are not what they seem (hardening faults)', () => {
    const live = emulatorWithToken({ dataset: { seed: 5, invoices: 30, orders: 30 } })
    beforeEach(() => live.emu.control.clearFaults())
    const url = (path: string) => live.emu.url + ROOT + path
    const set = (spec: string) => live.emu.control.setFaults(parseFaultSpec(spec))

    it('bom: the page starts with a UTF-8 byte-order mark, valid JSON after it', async () => {
        set('bom:count=1')
        const r = await rawGet(url(`${ORDERS}?$top=2`), live.token)
        expect([...r.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        expect(JSON.parse(r.bytes.subarray(3).toString('utf8')).value).toHaveLength(2)
        const next = await rawGet(url(`${ORDERS}?$top=2`), live.token)
        expect(next.bytes[0]).toBe('{'.charCodeAt(0))
    })

    it.each([
        ['gzip', gunzipSync],
        ['deflate', inflateSync],
    ])('compressed:encoding=%s sends the page encoded with Content-Encoding', async (encoding, decode) => {
        set(`compressed:encoding=${encoding},count=1`)
        const r = await rawGet(url(`${INVOICES}?$top=3`), live.token)
        expect(r.headers['content-encoding']).toBe(encoding)
        expect(JSON.parse(decode(r.bytes).toString('utf8')).value).toHaveLength(3)
    })

    it('html: a 200 sign-in page declared text/html', async () => {
        set('html:count=1')
        const r = await rawGet(url(`${ORDERS}?$top=1`), live.token)
        expect(r.status).toBe(200)
        expect(r.headers['content-type']).toContain('text/html')
        expect(r.bytes.toString('utf8')).toMatch(/^<!DOCTYPE html>/)
    })

    it('duplicate_value_key: the rows, then "value" again as an empty array', async () => {
        set('duplicate_value_key:count=1')
        const text = (await rawGet(url(`${ORDERS}?$top=2`), live.token)).bytes.toString('utf8')
        expect(text.match(/"value":/g)).toHaveLength(2)
        expect(text.endsWith(',"value":[]}')).toBe(true)
        expect(JSON.parse(text).value).toEqual([]) // what a naive reader sees
    })

    it('ignore_company_filter: rows of every company come back, the rest of the filter still holds', async () => {
        const filter = q(`Company in ('10') and Objversion ge '0'`)
        const strict = JSON.parse((await rawGet(url(`${ORDERS}?$filter=${filter}`), live.token)).bytes.toString('utf8'))
        set('ignore_company_filter')
        const loose = JSON.parse((await rawGet(url(`${ORDERS}?$filter=${filter}`), live.token)).bytes.toString('utf8'))
        const companies = (rows: { Company: string }[]) => [...new Set(rows.map((r) => r.Company))].sort()
        expect(companies(strict.value)).toEqual(['10'])
        expect(companies(loose.value)).toEqual(['10', '20'])
        expect(loose.value.length).toBeGreaterThan(strict.value.length)
    })
})
