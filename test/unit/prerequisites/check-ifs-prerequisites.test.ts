import type { ConnectionConfig } from '../../../src/server/core/config/connection-config'
import type { IfsReader } from '../../../src/server/core/ifs/ifs-reader'
import type { ODataQuery } from '../../../src/server/core/odata/query'
import { checkIfsPrerequisites } from '../../../src/server/core/prerequisites/check-ifs-prerequisites'

const connection = {
    partitions: [
        { objectType: 'supplier_invoice', entitySetPath: 'Inv.svc/InvoiceSet', targetTable: 'x' },
        { objectType: 'purchase_order', entitySetPath: 'Po.svc/OrderSet', targetTable: 'y' },
    ],
    masterData: { supplierEntitySet: 'Sup.svc/SupplierSet', glAccountEntitySet: '', costCenterEntitySet: '' },
} as unknown as ConnectionConfig

describe('checkIfsPrerequisites', () => {
    it('reads one row of each entity set and reports failures with the reader message', () => {
        const asked: [string, ODataQuery][] = []
        const reader: IfsReader = {
            readAll: () => {
                throw new Error('not used')
            },
            readPage: (path, query) => {
                asked.push([path, query])
                if (path.startsWith('Po.svc')) throw new Error('IFS answered 404 for Po.svc/OrderSet')
                return { rows: [{ a: 1 }], nextLink: null }
            },
        }
        const lines = checkIfsPrerequisites(reader, connection)
        expect(asked).toEqual([
            ['Inv.svc/InvoiceSet', { top: 1 }],
            ['Po.svc/OrderSet', { top: 1 }],
            ['Sup.svc/SupplierSet', { top: 1 }],
        ])
        expect(lines.map((l) => l.passed)).toEqual([true, false, true])
        expect(lines[1].reason).toBe('IFS answered 404 for Po.svc/OrderSet')
    })
})
