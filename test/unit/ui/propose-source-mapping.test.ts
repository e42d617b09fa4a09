import { proposeSourceMapping } from '../../../src/server/core/actions/propose-source-mapping'
import { AUDIT, CONNECTION } from '../../../src/tables'
import { withEmulatorMetadata } from '../../support/emulator-metadata'
import { insertConnection, testPorts } from './fixtures'

const emptyPage = () => ({ kind: 'response' as const, status: 200, headers: {}, body: '{"value":[]}' })

describe('Propose source mapping (connection form)', () => {
    it('shows the mapping $metadata suggests as info messages and saves nothing', () => {
        const ports = testPorts({
            http: withEmulatorMetadata(emptyPage, { rename: { from: 'CreationDate', to: 'CreatedDate' } }),
        })
        const id = insertConnection(ports)
        const before = ports.store.get(CONNECTION.name, id)
        const messages = proposeSourceMapping(ports, id)
        expect(messages.every((m) => m.level === 'info')).toBe(true)
        expect(messages[0].text).toMatch(/^Proposed source mapping for ACME IFS \(not saved;/)
        expect(JSON.parse(messages[1].text)).toEqual({
            objects: {
                supplierInvoices: { source: { preset: 'ifs_cloud', fields: { createdAt: 'CreatedDate' } } },
                purchaseOrders: { source: { preset: 'ifs_cloud' } },
            },
        })
        expect(messages.slice(2).map((m) => m.text)).toEqual([
            'supplier_invoice.createdAt: CreationDate -> CreatedDate (Edm.DateTimeOffset), likely: confirm',
        ])
        // Only $metadata was read, once per service; the record is as it was.
        expect(ports.requests.map((r) => r.url.replace(/^.*\/v1\//, ''))).toEqual([
            'ManSuppInvoiceHandling.svc/$metadata',
            'PurchaseOrderHandling.svc/$metadata',
            'SuppliersHandling.svc/$metadata',
            'CodePartValuesHandling.svc/$metadata',
        ])
        expect(ports.store.get(CONNECTION.name, id)).toEqual(before)
        const audit = ports.store.query(AUDIT.name, { where: [{ field: 'operation', op: '=', value: 'prerequisite' }] })
        expect(audit.map((a) => a.message)).toEqual(['Propose source mapping: 1 field(s) to confirm; nothing saved'])
    })

    it('says why when $metadata cannot be read, or the connection is not saved', () => {
        const ports = testPorts({
            http: () => ({ kind: 'response', status: 403, headers: {}, body: '{"error":{"message":"No access"}}' }),
        })
        const messages = proposeSourceMapping(ports, insertConnection(ports))
        expect(messages).toEqual([
            { level: 'error', text: expect.stringMatching(/^\$metadata could not be read: .*403.*No access/) },
        ])
        expect(proposeSourceMapping(testPorts(), 'nope')[0].level).toBe('error')
    })
})
