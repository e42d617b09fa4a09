import { testConnection } from '../../../src/server/core/actions/test-connection'
import type { HttpRequest } from '../../../src/server/ports/http'
import { AUDIT } from '../../../src/tables'
import { insertConnection, testPorts } from './fixtures'
import type { PortOptions } from './fixtures'
import type { ActionMessage } from '../../../src/server/core/actions/action-message'
import { withEmulatorMetadata } from '../../support/emulator-metadata'

const ok = (body: unknown) => ({
    kind: 'response' as const,
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
})

/** IFS answers `status` and an error `message` where the decoded URL contains `part`, an empty page elsewhere. */
const failingFor = (part: string, status: number, message: string) => (request: HttpRequest) =>
    decodeURIComponent(request.url).includes(part)
        ? { kind: 'response' as const, status, headers: {}, body: JSON.stringify({ error: { message } }) }
        : ok({ value: [] })

/** Test connection of a connection that parses, over ports built from `options` (IFS serves the emulator's `$metadata`). */
function runTest(options: PortOptions) {
    const ports = testPorts({ ...options, http: withEmulatorMetadata(options.http ?? (() => ok({ value: [] }))) })
    const id = insertConnection(ports)
    return { ports, messages: testConnection(ports, id) }
}

/** The text of the only failed line (there must be exactly one). */
function theFailedLine(messages: readonly ActionMessage[]): string {
    const failed = messages.filter((m) => m.level === 'error' && m.text.startsWith('Failed: '))
    expect(failed).toHaveLength(1)
    return failed[0].text
}

describe('testConnection', () => {
    it('passes every line when plugins, tables, roles, token and entity sets are fine', () => {
        const { ports, messages } = runTest({ http: () => ok({ value: [{ Company: '10' }] }) })
        expect(messages[0]).toEqual({ level: 'info', text: expect.stringMatching(/ACME IFS: all \d+ checks passed/) })
        expect(messages.slice(1).every((m) => m.level === 'info' && m.text.startsWith('Passed: '))).toBe(true)
        // Each service's $metadata once, before its first set; then one $top=1 read per entity
        // set: invoices, orders, suppliers, then the GL account and cost-center sets of each
        // company (10 and 20) the sync reads in bulk.
        const paths = ports.requests.map((r) =>
            decodeURIComponent(
                r.url.slice('https://acme.ifs.cloud/main/ifsapplications/projection/v1/'.length)
            ).replace(/\?.*$/, '')
        )
        expect(paths).toEqual([
            'ManSuppInvoiceHandling.svc/$metadata',
            'ManSuppInvoiceHandling.svc/PostingProposalHeadSet',
            'PurchaseOrderHandling.svc/$metadata',
            'PurchaseOrderHandling.svc/PurchaseOrderSet',
            'SuppliersHandling.svc/$metadata',
            'SuppliersHandling.svc/SupplierInfoGeneralSet',
            'CodePartValuesHandling.svc/$metadata',
            "CodePartValuesHandling.svc/CompanyFinanceSet(Company='10')/CodeAArray",
            "CodePartValuesHandling.svc/CompanyFinanceSet(Company='10')/CodeBArray",
            "CodePartValuesHandling.svc/CompanyFinanceSet(Company='20')/CodeAArray",
            "CodePartValuesHandling.svc/CompanyFinanceSet(Company='20')/CodeBArray",
        ])
        for (const request of ports.requests) {
            expect(request.url.startsWith('https://acme.ifs.cloud/main/ifsapplications/projection/v1/')).toBe(true)
            if (!request.url.endsWith('$metadata')) expect(decodeURIComponent(request.url)).toContain('$top=1')
        }
        // The read is the sync's own query, not a bare $top=1.
        const orders = decodeURIComponent(ports.requests[3].url)
        expect(orders).toContain('$select=Objversion,OrderNo,Company')
        expect(orders).toContain('$orderby=Objversion asc,OrderNo asc')
        expect(orders).toContain("$filter=Company in ('10','20')")
        expect(messages.find((m) => m.text.includes('PostingProposalHeadSet'))?.text).toMatch(
            /Passed: IFS entity set .*PostingProposalHeadSet.*\(\d+ fields match \$metadata \(XML CSDL\)/
        )
    })

    it('reports a missing plugin as a failed line naming the plugin and what to do', () => {
        const { ports, messages } = runTest({ platform: { isPluginActive: (id) => id !== 'com.snc.procurement' } })
        expect(messages[0]).toEqual({ level: 'error', text: expect.stringMatching(/1 of \d+ checks failed/) })
        const failed = theFailedLine(messages)
        expect(failed).toContain('com.snc.procurement')
        expect(failed).toContain('activate')
    })

    it('shows the IFS error of an entity set that does not answer, without the token', () => {
        const { messages } = runTest({
            http: failingFor('PurchaseOrderSet', 403, 'No access to PurchaseOrderHandling'),
        })
        expect(theFailedLine(messages)).toContain('PurchaseOrderHandling.svc/PurchaseOrderSet')
        expect(messages.map((m) => m.text).join('\n')).not.toContain('token-abcdef-123456')
    })

    it('fails the line of a company whose GL account set IFS does not answer, naming the company', () => {
        const { messages } = runTest({
            http: failingFor("(Company='20')/CodeAArray", 404, 'Company 20 not found'),
        })
        expect(messages[0]).toEqual({ level: 'error', text: expect.stringMatching(/1 of \d+ checks failed/) })
        expect(theFailedLine(messages)).toContain(
            "CompanyFinanceSet(Company='20')/CodeAArray (GL accounts of company 20)"
        )
    })

    it('fails the line of a set whose mapped field $metadata does not have, naming the nearest name, and reads no row of it', () => {
        const ports = testPorts({
            http: withEmulatorMetadata(() => ok({ value: [] }), {
                format: 'json',
                rename: { from: 'CreationDate', to: 'CreatedDate' },
            }),
        })
        const messages = testConnection(ports, insertConnection(ports))
        expect(theFailedLine(messages)).toBe(
            'Failed: IFS entity set ManSuppInvoiceHandling.svc/PostingProposalHeadSet (supplier_invoice) answers: ' +
                'supplier_invoice (ManSuppInvoiceHandling.svc/PostingProposalHeadSet): ' +
                '`CreationDate` is not a property of `PostingProposalHead`; did you mean `CreatedDate`?'
        )
        expect(ports.requests.some((r) => r.url.includes('PostingProposalHeadSet'))).toBe(false)
    })

    it('lists the settings to fix and contacts nobody when the record does not parse', () => {
        const ports = testPorts()
        const id = insertConnection(ports, { tenant_url: 'http://acme.ifs.cloud', companies: '' })
        const messages = testConnection(ports, id)
        expect(messages.every((m) => m.level === 'error')).toBe(true)
        expect(messages.map((m) => m.text).join('\n')).toMatch(/Tenant URL.*https/)
        expect(messages.map((m) => m.text).join('\n')).toContain('Companies')
        expect(ports.requests).toEqual([])
    })

    it('audits the outcome as one prerequisite event', () => {
        const ports = testPorts({ platform: { runAsUserHasRole: () => false } })
        const id = insertConnection(ports)
        testConnection(ports, id)
        const rows = ports.store.query(AUDIT.name, { where: [{ field: 'operation', op: '=', value: 'prerequisite' }] })
        expect(rows).toHaveLength(1)
        expect(rows[0].connection).toBe(id)
        expect(rows[0].message).toMatch(/failed: .*has role/)
    })
})
