import type { MetadataAnswer } from '../../../src/server/core/odata/csdl/metadata-answer'
import { readCsdlXml } from '../../../src/server/core/odata/csdl/read-csdl-xml'
import type { IfsReader } from '../../../src/server/core/ifs/ifs-reader'
import type { MetadataReader } from '../../../src/server/core/prerequisites/source-schema-check'
import type { ODataQuery } from '../../../src/server/core/odata/query'
import { checkIfsPrerequisites } from '../../../src/server/core/prerequisites/check-ifs-prerequisites'
import { pageQuery } from '../../../src/server/core/sync/keyset-pager'
import { connectionFor } from './connection-fixture'
import { presetPartition } from '../../fakes/preset-partition'

/** By default a service that publishes no $metadata: the names are left to the read with the real query. */
function recordingReader(
    fails: (path: string) => string | null,
    metadata: (root: string) => MetadataAnswer = () => ({ kind: 'unpublished', status: 404 })
) {
    const asked: [string, ODataQuery][] = []
    const reader: IfsReader & MetadataReader = {
        readMetadata: metadata,
        readAll: () => {
            throw new Error('not used')
        },
        readPage: (path, query) => {
            asked.push([path, query])
            const failure = fails(path)
            if (failure) throw new Error(failure)
            return { rows: [{ a: 1 }], nextLink: null }
        },
    }
    return { reader, asked }
}

/** `Fin.svc`: code parts whose value is called `CodeVal` instead of `CodeValue`. */
const FIN = readCsdlXml(`<Edmx><DataServices><Schema Namespace="IfsApp.Fin">
  <EntityType Name="Company"><Key><PropertyRef Name="Company"/></Key><Property Name="Company" Type="Edm.String"/>
    <NavigationProperty Name="CodeAArray" Type="Collection(IfsApp.Fin.CodePart)"/>
    <NavigationProperty Name="CodeBArray" Type="Collection(IfsApp.Fin.CodePart)"/></EntityType>
  <EntityType Name="CodePart"><Key><PropertyRef Name="CodeVal"/></Key>
    <Property Name="CodeVal" Type="Edm.String"/><Property Name="Description" Type="Edm.String"/>
    <Property Name="ValidFrom" Type="Edm.Date"/><Property Name="ValidUntil" Type="Edm.Date"/></EntityType>
  <EntityContainer Name="Main"><EntitySet Name="CompanySet" EntityType="IfsApp.Fin.Company"/></EntityContainer>
</Schema></DataServices></Edmx>`)
const finOnly = (root: string): MetadataAnswer =>
    root === 'Fin.svc' ? { kind: 'read', metadata: FIN, format: 'xml' } : { kind: 'unpublished', status: 404 }

describe('checkIfsPrerequisites', () => {
    it('reads one row of each entity set and reports failures with the reader message', () => {
        const { reader, asked } = recordingReader((p) =>
            p.startsWith('Po.svc') ? 'IFS answered 404 for Po.svc/OrderSet' : null
        )
        const lines = checkIfsPrerequisites(reader, connectionFor(['10']))
        // One row of each set, read with the sync's own query ($select, $filter, $orderby) and $top=1.
        expect(asked.map(([path, query]) => [path, query.top])).toEqual([
            ['Inv.svc/InvoiceSet', 1],
            ['Po.svc/OrderSet', 1],
            ['Sup.svc/SupplierSet', 1],
            ["Fin.svc/CompanySet(Company='10')/CodeAArray", 1],
            ["Fin.svc/CompanySet(Company='10')/CodeBArray", 1],
        ])
        expect(asked[1][1]).toEqual({
            ...pageQuery(presetPartition('purchase_order').source, { kind: 'start' }, ['10']),
            top: 1,
        })
        expect(asked[2][1]).toEqual({ select: ['SupplierId', 'Name'], top: 1 })
        expect(asked[3][1]).toEqual({ select: ['CodeValue', 'Description', 'ValidFrom', 'ValidUntil'], top: 1 })
        expect(lines.map((l) => l.passed)).toEqual([true, false, true, true, true])
        expect(lines[1].reason).toBe('IFS answered 404 for Po.svc/OrderSet')
        expect(lines[0].reason).toBe('no $metadata (HTTP 404): names checked by the read only; read 1 row(s)')
    })

    it('reads the GL account and cost-center sets of every company, one line each', () => {
        const { reader, asked } = recordingReader(() => null)
        const lines = checkIfsPrerequisites(reader, connectionFor(['10', '20', 'ACME']))
        expect(asked.map(([path]) => path).slice(3)).toEqual([
            "Fin.svc/CompanySet(Company='10')/CodeAArray",
            "Fin.svc/CompanySet(Company='10')/CodeBArray",
            "Fin.svc/CompanySet(Company='20')/CodeAArray",
            "Fin.svc/CompanySet(Company='20')/CodeBArray",
            "Fin.svc/CompanySet(Company='ACME')/CodeAArray",
            "Fin.svc/CompanySet(Company='ACME')/CodeBArray",
        ])
        expect(lines).toHaveLength(9)
        expect(lines[3].check).toBe(
            "IFS entity set Fin.svc/CompanySet(Company='10')/CodeAArray (GL accounts of company 10) answers"
        )
        expect(lines[8].check).toBe(
            "IFS entity set Fin.svc/CompanySet(Company='ACME')/CodeBArray (cost centers of company ACME) answers"
        )
    })

    it('a company whose cost-center set IFS refuses fails that line only', () => {
        const { reader } = recordingReader((p) =>
            p === "Fin.svc/CompanySet(Company='20')/CodeBArray" ? 'IFS answered 403: no access to company 20' : null
        )
        const lines = checkIfsPrerequisites(reader, connectionFor(['10', '20']))
        const failed = lines.filter((l) => !l.passed)
        expect(failed).toEqual([
            {
                check: "IFS entity set Fin.svc/CompanySet(Company='20')/CodeBArray (cost centers of company 20) answers",
                passed: false,
                reason: 'IFS answered 403: no access to company 20',
            },
        ])
        expect(lines).toHaveLength(7)
    })

    it('a company id with a quote is written as an OData string literal (quote doubled)', () => {
        const { reader, asked } = recordingReader(() => null)
        checkIfsPrerequisites(reader, connectionFor(["O'NEIL"]))
        expect(asked.map(([p]) => p)).toContain("Fin.svc/CompanySet(Company='O''NEIL')/CodeAArray")
    })

    it('a name $metadata lacks fails the line with the nearest name, and that set is not read', () => {
        const { reader, asked } = recordingReader(() => null, finOnly)
        const lines = checkIfsPrerequisites(reader, connectionFor(['10']))
        expect(lines.filter((l) => !l.passed).map((l) => l.reason)).toEqual([
            "GL accounts of company 10 (Fin.svc/CompanySet(Company='10')/CodeAArray): `CodeValue` is not a property of `CodePart`; did you mean `CodeVal`?",
            "cost centers of company 10 (Fin.svc/CompanySet(Company='10')/CodeBArray): `CodeValue` is not a property of `CodePart`; did you mean `CodeVal`?",
        ])
        expect(asked.map(([p]) => p)).toEqual(['Inv.svc/InvoiceSet', 'Po.svc/OrderSet', 'Sup.svc/SupplierSet'])
    })

    it('without companies the code-part names are still checked, and no code-part set is read', () => {
        const { reader, asked } = recordingReader(() => null)
        const lines = checkIfsPrerequisites(reader, connectionFor([]))
        expect(lines.slice(3)).toEqual([
            {
                check: "IFS entity set Fin.svc/CompanySet(Company='0')/CodeAArray (GL accounts) answers",
                passed: true,
                reason: 'no $metadata (HTTP 404): names checked by the read only; not read (no company configured: each document brings its own)',
            },
            expect.objectContaining({ passed: true }),
        ])
        expect(asked).toHaveLength(3)
        expect(checkIfsPrerequisites(recordingReader(() => null, finOnly).reader, connectionFor([]))[3]).toMatchObject({
            passed: false,
            reason: expect.stringContaining('did you mean `CodeVal`?'),
        })
    })
})
