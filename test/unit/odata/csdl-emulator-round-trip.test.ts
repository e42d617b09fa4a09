import { renderCsdlJson, renderCsdlXml, type CsdlService } from '../../../src/local/emulator/odata/csdl-render'
import { readCsdlJson } from '../../../src/server/core/odata/csdl/read-csdl-json'
import { readCsdlXml } from '../../../src/server/core/odata/csdl/read-csdl-xml'

// The emulator's renderer and the engine's readers must agree on every name and type: the engine
// reads what the emulator wrote, and the expectation is this literal, not either side's output.
const SERVICE: CsdlService = {
    namespace: 'IfsApp.CompanyFinanceHandling',
    enumTypes: [{ name: 'CodeState', members: ['Active', 'Closed'] }],
    entityTypes: [
        {
            name: 'CompanyFinance',
            key: ['Company'],
            properties: [{ name: 'Company', type: 'Edm.String', nullable: false }],
            navigations: [{ name: 'CodeAArray', target: 'CodeA', collection: true }],
        },
        {
            name: 'CodeA',
            key: ['Company', 'CodeA'],
            properties: [
                { name: 'Company', type: 'Edm.String', nullable: false },
                { name: 'CodeA', type: 'Edm.String', nullable: false },
                { name: 'Description', type: 'Edm.String' },
                { name: 'ValidFrom', type: 'Edm.Date' },
                { name: 'State', type: 'CodeState' },
                { name: 'Weird"&<Name', type: 'Edm.Decimal' },
            ],
        },
    ],
    entitySets: [{ name: 'CompanyFinanceSet', type: 'CompanyFinance' }],
}

const EXPECTED_CODE_A = {
    key: ['Company', 'CodeA'],
    properties: [
        ['Company', 'Edm.String', false],
        ['CodeA', 'Edm.String', false],
        ['Description', 'Edm.String', true],
        ['ValidFrom', 'Edm.Date', true],
        ['State', 'IfsApp.CompanyFinanceHandling.CodeState', true],
        ['Weird"&<Name', 'Edm.Decimal', true],
    ],
}

describe.each([
    ['XML', () => readCsdlXml(renderCsdlXml(SERVICE))],
    ['JSON', () => readCsdlJson(JSON.parse(JSON.stringify(renderCsdlJson(SERVICE))))],
])('emulator $metadata in %s', (_format, read) => {
    it('is read back by the engine with every set, key, property, type and navigation', () => {
        const metadata = read()
        expect([...metadata.entitySets]).toEqual([
            ['CompanyFinanceSet', 'IfsApp.CompanyFinanceHandling.CompanyFinance'],
        ])
        const codeA = metadata.entityTypes.get('IfsApp.CompanyFinanceHandling.CodeA')
        expect(codeA?.key).toEqual(EXPECTED_CODE_A.key)
        expect([...(codeA?.properties.values() ?? [])].map((p) => [p.name, p.type, p.nullable])).toEqual(
            EXPECTED_CODE_A.properties
        )
        expect(
            metadata.entityTypes.get('IfsApp.CompanyFinanceHandling.CompanyFinance')?.navigations.get('CodeAArray')
        ).toEqual({
            name: 'CodeAArray',
            type: 'IfsApp.CompanyFinanceHandling.CodeA',
            collection: true,
        })
        expect([...metadata.enumTypes]).toEqual(['IfsApp.CompanyFinanceHandling.CodeState'])
    })
})
