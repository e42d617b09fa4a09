import { AUDIT, FLAG } from '../../../src/tables'
import { INV_SET, invRows, jobHarness, PO_SET, poRows } from '../sync/job-harness'

const isMetadata = (url: string) => url.endsWith('/$metadata')

/** A harness whose FakeIfs serves the emulator's `$metadata`, with both document types' rows. */
function harness(rename?: { from: string; to: string }) {
    const h = jobHarness({}, { metadata: { rename } })
    h.ifs.sets.set(PO_SET, poRows(12))
    h.ifs.sets.set(INV_SET, invRows(7))
    return h
}

describe('run start: the names of every partition are checked against $metadata', () => {
    it('reads each service root once per run, however many pages and partitions follow, then syncs', () => {
        const h = harness()
        const report = h.run().connections[0]
        expect(report.status).toBe('succeeded')
        expect(report.read).toBe(19)
        const metadataPaths = h.http.requests.filter((r) => isMetadata(r.url)).map((r) => new URL(r.url).pathname)
        expect(metadataPaths).toEqual([
            '/main/ifsapplications/projection/v1/ManSuppInvoiceHandling.svc/$metadata',
            '/main/ifsapplications/projection/v1/SuppliersHandling.svc/$metadata',
            '/main/ifsapplications/projection/v1/CodePartValuesHandling.svc/$metadata',
            '/main/ifsapplications/projection/v1/PurchaseOrderHandling.svc/$metadata',
        ])
        // The check comes before the first data page of the run.
        const firstData = h.http.requests.findIndex((r) => r.url.includes('PostingProposalHeadSet?'))
        expect(h.http.requests.slice(0, firstData).filter((r) => isMetadata(r.url))).toHaveLength(3)
        // A second run reads them again (cached per run, not forever: the tenant may change).
        h.run()
        expect(h.http.requests.filter((r) => isMetadata(r.url))).toHaveLength(8)
    })

    it('a mapped name missing from $metadata ends that partition before any read, naming the nearest name, audited, no flags', () => {
        const h = harness({ from: 'CreationDate', to: 'CreatedDate' })
        const report = h.run().connections[0]
        expect(report.status).toBe('partial')
        const expected =
            'supplier_invoice: the IFS names do not match $metadata: supplier_invoice ' +
            '(ManSuppInvoiceHandling.svc/PostingProposalHeadSet): ' +
            '`CreationDate` is not a property of `PostingProposalHead`; did you mean `CreatedDate`?'
        expect(report.message.split('\n')).toEqual([expected, expect.stringMatching(/^purchase_order: 12 rows read/)])
        // Not a single invoice row was asked for: no flag re-read, no data page.
        expect(h.http.requests.some((r) => r.url.includes('PostingProposalHeadSet'))).toBe(false)
        expect(h.stager.retries).toEqual(['purchase_order'])
        expect(h.stager.pages.every((p) => p.objectType === 'purchase_order')).toBe(true)
        expect(h.store.query(FLAG.name, {})).toEqual([])
        const errors = h.store.query(AUDIT.name, { where: [{ field: 'operation', op: '=', value: 'error' }] })
        expect(errors.map((e) => [e.object_type, e.message])).toEqual([['supplier_invoice', expected]])
        expect(h.state('supplier_invoice')!.cursor_modified).toBeNull()
        expect(h.state('supplier_invoice')!.last_error).toBe(expected)
    })

    it('a master-data name missing from $metadata ends every partition (each needs the master data)', () => {
        const h = harness({ from: 'CodeValue', to: 'CodeVal' })
        const report = h.run().connections[0]
        expect(report.status).toBe('failed')
        expect(report.message).toContain('`CodeValue` is not a property of `CodeA`; did you mean `CodeVal`?')
        expect(report.message).toContain('`CodeValue` is not a property of `CodeB`; did you mean `CodeVal`?')
        expect(report.read).toBe(0)
    })

    it('a service that publishes no $metadata leaves the names to the reads: the run goes on', () => {
        const h = jobHarness({}, { metadata: { unpublished: true } })
        h.ifs.sets.set(PO_SET, poRows(3))
        const report = h.run().connections[0]
        expect(report.status).toBe('succeeded')
        expect(report.read).toBe(3)
        expect(h.http.requests.filter((r) => isMetadata(r.url))).toHaveLength(4)
    })
})
