import type { IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import type { RequestContext } from '../../../src/server/core/ifs/request-context'
import type { ODataQuery } from '../../../src/server/core/odata/query'
import { StagingWorld, invoiceRow, ccPath, INVOICE_PATH } from './staging-world'

/**
 * A flag re-read stages only the documents it asked for: rows a server returns although the
 * filter excludes them (a server ignoring `$filter`), and rows of a company the connection no
 * longer names, are skipped with one audit line that counts them.
 */

/** Makes the fake IFS ignore `$filter` on the invoice set: every invoice it holds comes back. */
function ignoreFilterOnInvoices(world: StagingWorld): void {
    const readAll = world.ifs.readAll.bind(world.ifs)
    world.ifs.readAll = (path, query, onPage) =>
        readAll(path, path === INVOICE_PATH ? { ...query, filter: undefined } : query, onPage)
}

/** Invoices 1 and 2 flagged for cost center 4711, which IFS then adds: both would pass now. */
function twoFlaggedInvoices(): StagingWorld {
    const world = new StagingWorld()
    const rows = [invoiceRow(1, { CodeB: '4711' }), invoiceRow(2, { CodeB: '4711' })]
    expect(world.runPage('supplier_invoice', rows).flagged).toBe(2)
    world.ifs.set(ccPath('10'), [{ CodeValue: '100' }, { CodeValue: '4711', Description: 'New' }])
    return world
}

function flagOf(world: StagingWorld, documentNumber: string) {
    const flag = world.flags().find((f) => f.document_number === documentNumber)
    if (!flag) throw new Error(`no flag for ${documentNumber}`)
    return flag
}

const SKIP_MESSAGE = (n: number) =>
    `${n} rows IFS returned to a flag re-read were not among the documents asked for (or of another company); skipped`

describe('a flag re-read keeps to the documents it asked for', () => {
    it('rows IFS returns although not asked for are skipped and counted in one audit line', () => {
        const world = twoFlaggedInvoices()
        world.ifs.set(INVOICE_PATH, [
            invoiceRow(1, { CodeB: '4711' }),
            invoiceRow(2, { CodeB: '4711' }),
            invoiceRow(3),
            invoiceRow(4, { Company: '20' }),
        ])
        ignoreFilterOnInvoices(world)
        const { stager, audit } = world.stager()
        const outcome = stager.retryOpenFlags('supplier_invoice', [flagOf(world, 'INV-1').sys_id])
        audit.flush()

        expect(outcome).toEqual({ retried: 1, resolved: 1, stillFlagged: 0 })
        expect(world.targets('supplier_invoice').map((t) => t.invoice_number)).toEqual(['INV-1'])
        expect(flagOf(world, 'INV-1').state).toBe('resolved')
        expect(flagOf(world, 'INV-2')).toMatchObject({ state: 'open', attempts: '1' })
        expect(world.audits('skip_out_of_query')).toEqual([
            expect.objectContaining({ object_type: 'supplier_invoice', rows: '3', message: SKIP_MESSAGE(3) }),
        ])
    })

    it('a flagged document of a company the connection no longer names is read but not staged', () => {
        const world = new StagingWorld()
        world.connection = { ...world.connection, companies: ['10', '20'] }
        world.ifs.set(ccPath('20'), [{ CodeValue: '100' }])
        const row = invoiceRow(7, { Company: '20', CodeB: '4711' })
        expect(world.runPage('supplier_invoice', [row]).flagged).toBe(1)

        // Company 20 is dropped from the connection; in IFS the cost center now exists.
        world.connection = { ...world.connection, companies: ['10'] }
        world.ifs.set(ccPath('20'), [{ CodeValue: '100' }, { CodeValue: '4711' }])
        world.ifs.set(INVOICE_PATH, [row])
        const { stager, audit } = world.stager()
        const outcome = stager.retryOpenFlags('supplier_invoice')
        audit.flush()

        expect(outcome).toEqual({ retried: 1, resolved: 0, stillFlagged: 1 })
        expect(world.ifs.callsTo(INVOICE_PATH)).toHaveLength(1)
        expect(world.targets('supplier_invoice')).toEqual([])
        expect(world.flags()).toEqual([expect.objectContaining({ state: 'open', attempts: '2', company: '20' })])
        expect(world.audits('skip_out_of_query')).toEqual([
            expect.objectContaining({ object_type: 'supplier_invoice', rows: '1', message: SKIP_MESSAGE(1) }),
        ])
    })

    it('a re-read that gets exactly what it asked for writes no skip line', () => {
        const world = twoFlaggedInvoices()
        world.ifs.set(INVOICE_PATH, [invoiceRow(1, { CodeB: '4711' }), invoiceRow(2, { CodeB: '4711' })])
        const { stager, audit } = world.stager()
        expect(stager.retryOpenFlags('supplier_invoice')).toEqual({ retried: 2, resolved: 2, stillFlagged: 0 })
        audit.flush()
        expect(world.targets('supplier_invoice').map((t) => t.invoice_number)).toEqual(['INV-1', 'INV-2'])
        expect(world.audits('skip_out_of_query')).toEqual([])
    })

    it('each re-read request is labelled with its object type', () => {
        const world = twoFlaggedInvoices()
        world.ifs.set(INVOICE_PATH, [invoiceRow(1, { CodeB: '4711' })])
        const contexts: { path: string; context: RequestContext | undefined }[] = []
        const readAll = world.ifs.readAll.bind(world.ifs)
        world.ifs.readAll = (
            path: string,
            query: ODataQuery,
            onPage: (rows: readonly IfsRow[]) => void,
            context?: RequestContext
        ) => {
            contexts.push({ path, context })
            return readAll(path, query, onPage)
        }
        world.stager().stager.retryOpenFlags('supplier_invoice')
        expect(contexts.filter((c) => c.path === INVOICE_PATH)).toEqual([
            { path: INVOICE_PATH, context: { objectType: 'supplier_invoice' } },
        ])
    })
})
