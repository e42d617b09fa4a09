import type { ConnectionConfig } from '../../../src/server/core/config/connection-config'
import { presetMasterData, presetPartition } from '../../fakes/preset-partition'
import { readCsdlXml } from '../../../src/server/core/odata/csdl/read-csdl-xml'
import type { MetadataAnswer } from '../../../src/server/core/odata/csdl/metadata-answer'
import { proposeMapping, proposeSourceMapping } from '../../../src/server/core/prerequisites/propose-mapping'
import { nameSimilarity } from '../../../src/server/core/text/name-similarity'

// A tenant whose projection names the invoice fields otherwise than the preset: a date-time stamp,
// a text invoice key, `CreatedDate` for `CreationDate`, `TotalAmount` for `GrossCurrAmount`,
// `SupplierNo` for `Identity`, and a decimal `VatAmount` next to a text `VatCode`.
const INVOICES = `<?xml version="1.0"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
<Schema Namespace="IfsApp.SupplierInvoiceHandling" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <EntityType Name="SupplierInvoice">
    <Key><PropertyRef Name="Company"/><PropertyRef Name="InvoiceKey"/></Key>
    <Property Name="ChangedAt" Type="Edm.DateTimeOffset"/>
    <Property Name="Company" Type="Edm.String" Nullable="false"/>
    <Property Name="InvoiceKey" Type="Edm.String" Nullable="false"/>
    <Property Name="InvoiceNo" Type="Edm.String"/>
    <Property Name="SupplierNo" Type="Edm.String"/>
    <Property Name="InvoiceDate" Type="Edm.Date"/>
    <Property Name="CreatedDate" Type="Edm.DateTimeOffset"/>
    <Property Name="DueDate" Type="Edm.Date"/>
    <Property Name="Currency" Type="Edm.String"/>
    <Property Name="NetCurrAmount" Type="Edm.Decimal"/>
    <Property Name="VatCode" Type="Edm.String"/>
    <Property Name="VatCurrAmount" Type="Edm.Decimal"/>
    <Property Name="TotalAmount" Type="Edm.Decimal"/>
    <Property Name="PoRef" Type="Edm.String"/>
    <Property Name="CodeA" Type="Edm.String"/>
    <Property Name="CodeB" Type="Edm.String"/>
    <Property Name="Objstate" Type="Edm.String"/>
  </EntityType>
  <EntityContainer Name="Main"><EntitySet Name="SupplierInvoiceSet" EntityType="IfsApp.SupplierInvoiceHandling.SupplierInvoice"/></EntityContainer>
</Schema></edmx:DataServices></edmx:Edmx>`

const SUPPLIERS = `<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
<Schema Namespace="IfsApp.Sup" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <EntityType Name="Supplier"><Key><PropertyRef Name="SupplierId"/></Key>
    <Property Name="SupplierId" Type="Edm.String"/><Property Name="SupplierName" Type="Edm.String"/></EntityType>
  <EntityContainer Name="Main"><EntitySet Name="SupplierSet" EntityType="IfsApp.Sup.Supplier"/></EntityContainer>
</Schema></edmx:DataServices></edmx:Edmx>`

const CONFIG = {
    companies: ['10'],
    partitions: [
        { ...presetPartition('supplier_invoice'), entitySetPath: 'SupplierInvoiceHandling.svc/SupplierInvoiceSet' },
        { ...presetPartition('purchase_order'), entitySetPath: 'PurchaseOrderHandling.svc/PurchaseOrderSet' },
    ],
    masterData: presetMasterData({
        supplier: 'Sup.svc/SupplierSet',
        glAccount: "Fin.svc/CompanySet(Company='{company}')/CodeAArray",
        costCenter: "Fin.svc/CompanySet(Company='{company}')/CodeBArray",
    }),
} as unknown as ConnectionConfig

const SERVICES: Record<string, MetadataAnswer> = {
    'SupplierInvoiceHandling.svc': { kind: 'read', metadata: readCsdlXml(INVOICES), format: 'xml' },
    'Sup.svc': { kind: 'read', metadata: readCsdlXml(SUPPLIERS), format: 'xml' },
    'PurchaseOrderHandling.svc': { kind: 'read', metadata: readCsdlXml(INVOICES), format: 'xml' },
    'Fin.svc': { kind: 'unpublished', status: 404 },
}
const reads: string[] = []
const reader = {
    readMetadata: (root: string): MetadataAnswer => {
        reads.push(root)
        return SERVICES[root]
    },
}

describe('proposing a source mapping from $metadata', () => {
    const proposal = proposeMapping(reader, CONFIG)

    it('proposes, per canonical field, the most alike property the connector can read as its kind', () => {
        const invoice = proposeSourceMapping(CONFIG, (p) => SERVICES[p.slice(0, p.indexOf('.svc') + 4)])[0]
        const byField = Object.fromEntries(invoice.fields.map((f) => [f.canonical, [f.proposed, f.confidence]]))
        expect(byField).toMatchObject({
            createdAt: ['CreatedDate', 'likely'],
            grossAmount: ['TotalAmount', 'guess'],
            // VatCode is more alike by name but is text: an amount is read as a number.
            taxAmount: ['VatCurrAmount', 'exact'],
            company: ['Company', 'exact'],
            documentDate: ['InvoiceDate', 'exact'],
            // A date-time under a usual stamp name, not Objversion text.
            stamp: ['ChangedAt', 'likely'],
        })
        expect(invoice.keys).toEqual([
            { name: 'Company', kind: 'string' },
            { name: 'InvoiceKey', kind: 'string' },
        ])
    })

    it('prints only what differs from the preset, in the override format, stamp format from the type', () => {
        expect(proposal.overrides).toEqual({
            objects: {
                supplierInvoices: {
                    source: {
                        preset: 'ifs_cloud',
                        stamp: { name: 'ChangedAt', format: 'datetimeoffset' },
                        keys: [
                            { name: 'Company', kind: 'string' },
                            { name: 'InvoiceKey', kind: 'string' },
                        ],
                        fields: expect.objectContaining({ createdAt: 'CreatedDate', grossAmount: 'TotalAmount' }),
                    },
                },
            },
            masterData: { fields: { supplier: { name: 'SupplierName' } } },
        })
        // A set that is not in $metadata gets no override at all (its notes say why).
        expect(proposal.overrides.objects).not.toHaveProperty('purchaseOrders')
    })

    it('says how sure each field is, and why a set could not be looked at', () => {
        expect(proposal.notes).toContain(
            '  createdAt: CreationDate -> CreatedDate (Edm.DateTimeOffset), likely: confirm'
        )
        expect(proposal.notes).toContain(
            '  grossAmount: GrossCurrAmount -> TotalAmount (Edm.Decimal), a guess: check it in IFS before using it'
        )
        expect(proposal.notes).toContain('  company: Company (Edm.String), same name')
        expect(proposal.notes).toContain(
            "glAccount (Fin.svc/CompanySet(Company='10')/CodeAArray): not proposed: the service publishes no $metadata (HTTP 404)"
        )
        expect(proposal.notes).toContain(
            'purchase_order (PurchaseOrderHandling.svc/PurchaseOrderSet): not proposed: `PurchaseOrderSet` is not an entity set of this service'
        )
        expect(proposal.toConfirm).toBeGreaterThan(0)
    })

    it('reads each service once', () => {
        expect(reads).toEqual(['SupplierInvoiceHandling.svc', 'PurchaseOrderHandling.svc', 'Sup.svc', 'Fin.svc'])
    })
})

describe('name similarity', () => {
    it('ranks a slip or shared words above unrelated names, case and underscores aside', () => {
        expect(nameSimilarity('CreationDate', 'creation_date')).toBe(1)
        expect(nameSimilarity('CreationDate', 'CreatedDate')).toBeGreaterThan(0.75)
        expect(nameSimilarity('CreationDate', 'DueDate')).toBeLessThan(0.5)
        expect(nameSimilarity('GrossCurrAmount', 'GrossAmount')).toBeGreaterThan(
            nameSimilarity('GrossCurrAmount', 'NetAmount')
        )
        expect(nameSimilarity('', 'X')).toBe(0)
    })
})
