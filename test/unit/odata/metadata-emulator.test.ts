import { DatasetHttp } from '../../../src/local/bench/dataset-http'
import { EmulatorDataset } from '../../../src/local/emulator/dataset/emulator-dataset'
import { DEFAULT_ENTITY_SET_PATHS, entitySetNames } from '../../../src/local/emulator/server/entity-set-paths'
import type { ConnectionConfig } from '../../../src/server/core/config/connection-config'
import { presetMasterData, presetPartition } from '../../fakes/preset-partition'
import { checkSourceQuery } from '../../../src/server/core/odata/csdl/check-source-query'
import { METADATA_REQUEST_HEADERS, readMetadataAnswer } from '../../../src/server/core/odata/csdl/metadata-answer'
import { plannedSourceQueries } from '../../../src/server/core/prerequisites/planned-source-queries'
import { suggestNames } from '../../../src/server/core/prerequisites/source-schema-check'
import type { HttpResult } from '../../../src/server/ports/http'

const ORIGIN = 'https://emulated.ifs.cloud'
const ROOT = `${ORIGIN}/main/ifsapplications/projection/v1/`
const data = new EmulatorDataset({ seed: 3, invoices: 3, orders: 3 }, entitySetNames(DEFAULT_ENTITY_SET_PATHS))

function get(path: string, headers: Record<string, string> = {}): Extract<HttpResult, { kind: 'response' }> {
    const result = new DatasetHttp(data, ORIGIN).send({ method: 'GET', url: ROOT + path, headers, timeoutMs: 1000 })
    if (result.kind !== 'response') throw new Error('no response')
    return result
}

/** The connection a fresh install has: the emulator's default paths, two companies. */
const DEFAULT_CONNECTION = {
    companies: ['10', '20'],
    partitions: [
        { ...presetPartition('supplier_invoice'), entitySetPath: DEFAULT_ENTITY_SET_PATHS.supplier_invoice },
        { ...presetPartition('purchase_order'), entitySetPath: DEFAULT_ENTITY_SET_PATHS.purchase_order },
    ],
    masterData: presetMasterData({
        supplier: DEFAULT_ENTITY_SET_PATHS.suppliers,
        glAccount: DEFAULT_ENTITY_SET_PATHS.glAccounts,
        costCenter: DEFAULT_ENTITY_SET_PATHS.costCenters,
    }),
} as unknown as ConnectionConfig

describe('the emulator serves $metadata for every service it serves', () => {
    it('answers JSON CSDL to the connector’s Accept, XML without a preference, and $format decides over Accept', () => {
        const json = get('PurchaseOrderHandling.svc/$metadata', METADATA_REQUEST_HEADERS)
        expect(json.headers['content-type']).toBe('application/json')
        expect(JSON.parse(json.body)).toMatchObject({ $Version: '4.01' })
        const xml = get('PurchaseOrderHandling.svc/$metadata')
        expect(xml.headers['content-type']).toBe('application/xml')
        expect(xml.body).toMatch(/^<\?xml/)
        expect(
            get('PurchaseOrderHandling.svc/$metadata', { Accept: 'application/xml, application/json;q=0.5' }).body
        ).toMatch(/^<\?xml/)
        expect(get('PurchaseOrderHandling.svc/$metadata?$format=xml', { Accept: 'application/json' }).body).toMatch(
            /^<\?xml/
        )
        expect(get('NoSuchHandling.svc/$metadata').status).toBe(404)
    })

    it.each([['xml' as const], ['json' as const]])(
        'in %s, describes every name the sync plans for a default connection, with keys and navigations',
        (format) => {
            const accept = format === 'json' ? METADATA_REQUEST_HEADERS : { Accept: 'application/xml' }
            for (const planned of plannedSourceQueries(DEFAULT_CONNECTION)) {
                const root = planned.path.slice(0, planned.path.indexOf('.svc') + 4)
                const res = get(`${root}/$metadata`, accept)
                const answer = readMetadataAnswer(res.status, res.body, res.headers['content-type'])
                if (!answer.ok || answer.value.kind !== 'read') throw new Error(`no CSDL for ${root}`)
                expect(answer.value.format).toBe(format)
                expect(checkSourceQuery(answer.value.metadata, planned.plan, suggestNames)).toEqual([])
            }
        }
    )

    it('types numeric keys as integers, amounts as decimals, dates as Edm.Date and stamps of creation as date-times', () => {
        const res = get('ManSuppInvoiceHandling.svc/$metadata')
        const answer = readMetadataAnswer(res.status, res.body, res.headers['content-type'])
        if (!answer.ok || answer.value.kind !== 'read') throw new Error('no CSDL')
        const head = answer.value.metadata.entityTypes.get('IfsApp.ManSuppInvoiceHandling.PostingProposalHead')!
        expect(head.key).toEqual(['Company', 'InvoiceId'])
        expect(head.properties.get('InvoiceId')).toEqual({ name: 'InvoiceId', type: 'Edm.Int64', nullable: false })
        expect(head.properties.get('GrossCurrAmount')?.type).toBe('Edm.Decimal')
        expect(head.properties.get('InvoiceDate')?.type).toBe('Edm.Date')
        expect(head.properties.get('CreationDate')?.type).toBe('Edm.DateTimeOffset')
    })
})

describe('reading a $metadata answer', () => {
    it('takes 404, 405, 406 and 501 as "no $metadata published", not as a failure', () => {
        for (const status of [404, 405, 406, 501])
            expect(readMetadataAnswer(status, '', undefined)).toEqual({
                ok: true,
                value: { kind: 'unpublished', status },
            })
    })

    it('reads by Content-Type, else by the first character, past a byte-order mark', () => {
        const xml = get('SuppliersHandling.svc/$metadata').body
        const json = get('SuppliersHandling.svc/$metadata', METADATA_REQUEST_HEADERS).body
        const formatOf = (body: string, type?: string) => {
            const read = readMetadataAnswer(200, body, type)
            return read.ok && read.value.kind === 'read' ? read.value.format : read
        }
        expect(formatOf('\ufeff' + xml)).toBe('xml')
        expect(formatOf(json)).toBe('json')
        expect(formatOf(json, 'application/json;odata.metadata=minimal')).toBe('json')
        expect(formatOf(xml, 'application/xml')).toBe('xml')
    })

    it('refuses what is not CSDL, saying which format it tried', () => {
        expect(readMetadataAnswer(200, '{"value":[]}', 'application/json')).toEqual({
            ok: false,
            problem: 'the CSDL declares no entity set',
        })
        expect(readMetadataAnswer(200, '<html><body', 'text/html')).toEqual({
            ok: false,
            problem: 'the XML CSDL cannot be read (unterminated markup at character 6)',
        })
        expect(readMetadataAnswer(200, '{"a":', 'application/json')).toMatchObject({
            ok: false,
            problem: expect.stringMatching(/^the JSON CSDL cannot be read/),
        })
    })
})
