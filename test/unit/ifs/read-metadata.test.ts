import { DeferRequested } from '../../../src/server/core/ifs/ifs-errors'
import { textResponse } from '../../fakes/scripted-http'
import { thrownBy } from '../../support/thrown-by'
import { clientHarness } from './client-harness'

/**
 * The client's `$metadata` read: the URL is the service root's, and the answer is read as the
 * format its Content-Type names (only without one does the first character decide).
 */
const CSDL_XML = [
    '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>',
    '<Schema Namespace="PurchaseOrderHandling" xmlns="http://docs.oasis-open.org/odata/ns/edm">',
    '<EntityType Name="PurchaseOrder"><Key><PropertyRef Name="OrderNo"/></Key>',
    '<Property Name="OrderNo" Type="Edm.String"/></EntityType>',
    '<EntityContainer Name="Container">',
    '<EntitySet Name="PurchaseOrderSet" EntityType="PurchaseOrderHandling.PurchaseOrder"/>',
    '</EntityContainer></Schema></edmx:DataServices></edmx:Edmx>',
].join('')

describe('readMetadata', () => {
    it("asks for the service root's $metadata and reads an XML answer", () => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.http.enqueue(textResponse(200, CSDL_XML, { 'Content-Type': 'application/xml' }))
        const answer = h.client.readMetadata('PurchaseOrderHandling.svc')
        expect(h.http.requests.map((r) => r.url)).toEqual([
            'https://acme.ifs.cloud/main/ifsapplications/projection/v1/PurchaseOrderHandling.svc/$metadata',
        ])
        expect(answer.kind === 'read' && answer.format).toBe('xml')
        expect(answer.kind === 'read' && [...answer.metadata.entitySets.keys()]).toEqual(['PurchaseOrderSet'])
    })

    it('an XML body labelled JSON is read as JSON, so it is refused (deferred as malformed), not guessed', () => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        for (let i = 0; i < 10; i++) h.http.enqueue(textResponse(200, CSDL_XML, { 'Content-Type': 'application/json' }))
        const error = thrownBy(DeferRequested, () => h.client.readMetadata('PurchaseOrderHandling.svc'))
        expect(error.reason).toMatch(/^malformed response \(the JSON CSDL cannot be read \(/)
        expect(error.throttled).toBe(false)
    })
})
