import { checkSourceQuery, type SuggestNames } from '../../../src/server/core/odata/csdl/check-source-query'
import { readCsdlJson } from '../../../src/server/core/odata/csdl/read-csdl-json'
import { readCsdlXml } from '../../../src/server/core/odata/csdl/read-csdl-xml'
import { XmlSyntaxError, xmlTags } from '../../../src/server/core/odata/csdl/xml-tags'

// An IFS-like service: an alias, an abstract base type, a complex type whose members must not leak
// into entities, an enum-typed state, and a per-company navigation to a code-part array.
const XML = `<?xml version="1.0" encoding="utf-8"?>
<!-- served by a test -->
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="IfsApp.PostingProposal" Alias="PP" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="PostingProposalState"><Member Name="Posted" Value="0"/></EnumType>
      <ComplexType Name="Money"><Property Name="Leaked" Type="Edm.Decimal"/></ComplexType>
      <EntityType Name="Stamped" Abstract="true">
        <Property Name="Objversion" Type="Edm.String" Nullable="false"/>
      </EntityType>
      <EntityType Name="PostingProposalHead" BaseType="PP.Stamped">
        <Key><PropertyRef Name="Company"/><PropertyRef Name="ProposalId"/></Key>
        <Property Name="Company" Type="Edm.String" Nullable="false"/>
        <Property Name="ProposalId" Type="Edm.Int64" Nullable="false"/>
        <Property Name="CreatedDate" Type="Edm.DateTimeOffset"/>
        <Property Name="Note" Type="Edm.String"><Annotation Term="Core.Description" String="a &lt;note&gt; &amp; more"/></Property>
        <Property Name="Objstate" Type="PP.PostingProposalState"/>
        <Property Name="Amount" Type="Edm.Decimal"/>
      </EntityType>
      <EntityType Name="CompanyFinance">
        <Key><PropertyRef Name="Company"/></Key>
        <Property Name="Company" Type="Edm.String"/>
        <NavigationProperty Name="CodeAArray" Type="Collection(PP.CodeA)"/>
      </EntityType>
      <EntityType Name="CodeA">
        <Key><PropertyRef Name="Company"/><PropertyRef Name="CodeA"/></Key>
        <Property Name="Company" Type="Edm.String"/>
        <Property Name="CodeA" Type="Edm.String"/>
      </EntityType>
      <EntityContainer Name="Main">
        <EntitySet Name="PostingProposalHeadSet" EntityType="PP.PostingProposalHead"/>
        <EntitySet Name="CompanyFinanceSet" EntityType="IfsApp.PostingProposal.CompanyFinance"/>
      </EntityContainer>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>`

// A literal suggester: the tests check how suggestions are worded, not how they are found.
const suggest: SuggestNames = (name, candidates) =>
    candidates.filter((c) => c.slice(0, 4).toLowerCase() === name.slice(0, 4).toLowerCase())

describe('XML CSDL', () => {
    const metadata = readCsdlXml(XML)

    it('qualifies aliases, merges the base type and keeps complex members out', () => {
        const head = metadata.entityTypes.get('IfsApp.PostingProposal.PostingProposalHead')
        expect(head?.key).toEqual(['Company', 'ProposalId'])
        expect([...(head?.properties.keys() ?? [])]).toEqual([
            'Objversion',
            'Company',
            'ProposalId',
            'CreatedDate',
            'Note',
            'Objstate',
            'Amount',
        ])
        expect(head?.properties.get('Objstate')?.type).toBe('IfsApp.PostingProposal.PostingProposalState')
        expect(head?.properties.get('Company')?.nullable).toBe(false)
        expect(head?.properties.get('Amount')?.nullable).toBe(true)
        expect(metadata.entitySets.get('PostingProposalHeadSet')).toBe('IfsApp.PostingProposal.PostingProposalHead')
        expect(metadata.enumTypes.has('IfsApp.PostingProposal.PostingProposalState')).toBe(true)
        expect(
            metadata.entityTypes.get('IfsApp.PostingProposal.CompanyFinance')?.navigations.get('CodeAArray')
        ).toEqual({
            name: 'CodeAArray',
            type: 'IfsApp.PostingProposal.CodeA',
            collection: true,
        })
    })

    it('decodes entities in attribute values and refuses unterminated markup', () => {
        const tags = xmlTags(`<a b="x &amp; &#x41;&#66; &bogus; &#x110000;" c='y "q"'/>`)
        expect(tags).toEqual([
            {
                name: 'a',
                kind: 'empty',
                attributes: new Map([
                    ['b', 'x & AB &bogus; &#x110000;'],
                    ['c', 'y "q"'],
                ]),
            },
        ])
        expect(() => xmlTags('<Schema Namespace="x"')).toThrow(XmlSyntaxError)
        expect(() => xmlTags('<!-- open')).toThrow('unterminated markup at character 0')
    })

    it('reads a large hostile document in one pass without backtracking', () => {
        // 400k attributes of unclosed quotes: a backtracking attribute pattern would not finish.
        const hostile = `<a ${'b="'.repeat(400_000)}/>`
        expect(xmlTags(hostile)[0].attributes.size).toBeLessThanOrEqual(1)
    })
})

describe('JSON CSDL', () => {
    it('reads the same model from the JSON form', () => {
        const metadata = readCsdlJson({
            $Version: '4.01',
            $EntityContainer: 'IfsApp.PostingProposal.Main',
            'IfsApp.PostingProposal': {
                $Alias: 'PP',
                PostingProposalState: { $Kind: 'EnumType', Posted: 0 },
                PostingProposalHead: {
                    $Kind: 'EntityType',
                    $Key: ['Company', 'ProposalId'],
                    Company: { $Nullable: false },
                    ProposalId: { $Type: 'Edm.Int64' },
                    Objstate: { $Type: 'PP.PostingProposalState' },
                    Lines: { $Kind: 'NavigationProperty', $Type: 'PP.Line', $Collection: true },
                },
                Line: { $Kind: 'EntityType', $Key: ['LineNo'], LineNo: { $Type: 'Edm.Int32' } },
                Main: {
                    $Kind: 'EntityContainer',
                    PostingProposalHeadSet: { $Collection: true, $Type: 'PP.PostingProposalHead' },
                    TheOne: { $Type: 'PP.Line' },
                },
            },
        })
        const head = metadata.entityTypes.get('IfsApp.PostingProposal.PostingProposalHead')
        expect(head?.properties.get('Company')).toEqual({ name: 'Company', type: 'Edm.String', nullable: false })
        expect(head?.properties.get('Objstate')?.type).toBe('IfsApp.PostingProposal.PostingProposalState')
        expect(head?.navigations.get('Lines')).toEqual({
            name: 'Lines',
            type: 'IfsApp.PostingProposal.Line',
            collection: true,
        })
        expect([...metadata.entitySets]).toEqual([
            ['PostingProposalHeadSet', 'IfsApp.PostingProposal.PostingProposalHead'],
        ])
        expect(() => readCsdlJson([])).toThrow('JSON CSDL is not an object')
    })
})

describe('checking a planned query against $metadata', () => {
    const metadata = readCsdlXml(XML)
    const plan = {
        path: 'PostingProposalHeadSet',
        keys: ['Company', 'ProposalId'],
        fields: [
            { name: 'Objversion', kind: 'string' as const },
            { name: 'ProposalId', kind: 'number' as const },
            { name: 'CreatedDate', kind: 'datetime' as const },
            { name: 'Objstate', kind: 'string' as const },
        ],
    }

    it('passes a query every name of which the service has', () => {
        expect(checkSourceQuery(metadata, plan, suggest)).toEqual([])
    })

    it('names a missing property and the nearest one the service has', () => {
        const problems = checkSourceQuery(
            metadata,
            { ...plan, fields: [...plan.fields, { name: 'CreationDate', kind: 'datetime' }] },
            suggest
        )
        expect(problems).toEqual([
            {
                subject: 'CreationDate',
                message: '`CreationDate` is not a property of `PostingProposalHead`; did you mean `CreatedDate`?',
            },
        ])
    })

    it('names a type the connector cannot read as what the mapping says', () => {
        const problems = checkSourceQuery(
            metadata,
            {
                ...plan,
                fields: [
                    { name: 'Note', kind: 'number' },
                    { name: 'ProposalId', kind: 'string' },
                ],
            },
            suggest
        )
        expect(problems.map((p) => p.message)).toEqual([
            '`Note` of `PostingProposalHead` is `Edm.String`, which the connector cannot read as a number',
            '`ProposalId` of `PostingProposalHead` is `Edm.Int64`, which the connector cannot read as text',
        ])
    })

    it('refuses key fields that leave out part of the entity key', () => {
        const problems = checkSourceQuery(metadata, { ...plan, keys: ['ProposalId'] }, suggest)
        expect(problems).toEqual([
            {
                subject: 'PostingProposalHead.Company',
                message:
                    "the key of `PostingProposalHead` is `Company`, `ProposalId`; the mapping's key fields `ProposalId` " +
                    'leave out `Company`, so two rows could share a cursor position',
            },
        ])
    })

    it('follows key predicates and navigation segments to the element type', () => {
        const codeParts = {
            path: "CompanyFinanceSet(Company='20')/CodeAArray",
            keys: ['Company', 'CodeA'],
            fields: [{ name: 'CodeA', kind: 'string' as const }],
        }
        expect(checkSourceQuery(metadata, codeParts, suggest)).toEqual([])
        expect(
            checkSourceQuery(metadata, { ...codeParts, path: "CompanyFinanceSet(Company='20')/CodeBArray" }, suggest)
        ).toEqual([
            {
                subject: 'CodeBArray',
                message: '`CodeBArray` is not a navigation property of `CompanyFinance`; did you mean `CodeAArray`?',
            },
        ])
    })

    it('names an unknown entity set, with or without a suggestion', () => {
        expect(checkSourceQuery(metadata, { ...plan, path: 'PostingProposalSet' }, suggest)[0].message).toBe(
            '`PostingProposalSet` is not an entity set of this service; did you mean `PostingProposalHeadSet`?'
        )
        expect(checkSourceQuery(metadata, { ...plan, path: 'Xyz' }, suggest)[0].message).toBe(
            '`Xyz` is not an entity set of this service'
        )
    })
})
