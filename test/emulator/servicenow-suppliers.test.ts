import { startEmulator } from '../../src/local/emulator/start-emulator'
import type { RunningEmulator } from '../../src/local/emulator/start-emulator'
import type { Manifest } from '../../src/local/emulator/dataset/manifest'
import type { ServiceNowSupplier } from '../../src/local/emulator/dataset/servicenow-suppliers'

/**
 * The emulator's word on what ServiceNow's supplier master holds, and the manifest's expectation of
 * the import transform, must agree: a staged document is expected to be refused exactly when its
 * (supplier, legal entity) pair is missing from the served list.
 */
describe('emulator: ServiceNow supplier list and expected transform refusals', () => {
    let emu: RunningEmulator
    beforeAll(async () => {
        emu = await startEmulator({ dataset: { seed: 5, invoices: 600, orders: 300, badShare: 0.1 } })
    })
    afterAll(() => emu.close())

    const getJson = async <T>(action: string): Promise<T> =>
        (await (await fetch(`${emu.url}/__control/${action}`)).json()) as T

    it('leaves some suppliers out on purpose, and the manifest expects exactly their documents refused', async () => {
        const { suppliers } = await getJson<{ suppliers: ServiceNowSupplier[] }>('servicenow-suppliers')
        const manifest = await getJson<Manifest>('manifest')
        const known = new Set(suppliers.map((s) => `${s.supplierCode}|${s.legalEntity}`))
        const ifsSuppliers = emu.control.dataset.suppliers.all().length
        const companies = emu.control.dataset.companies.length
        // Most, not all, of IFS's suppliers are known in ServiceNow for each legal entity.
        expect(suppliers.length).toBeLessThan(ifsSuppliers * companies)
        expect(suppliers.length).toBeGreaterThan(ifsSuppliers * companies * 0.8)

        const staged = manifest.documents.filter((d) => d.expected.outcome === 'staged')
        const expectation = (d: (typeof staged)[number]) =>
            d.expected.outcome === 'staged' ? d.expected.importTransform : null
        const refused = staged.filter((d) => expectation(d) === 'rejected')
        expect(refused.length).toBeGreaterThan(0)
        expect(refused.length).toBeLessThan(staged.length / 4)
        for (const d of staged) {
            const pair = `${d.identity.supplierNumber}|${d.identity.company}`
            expect([pair, expectation(d)]).toEqual([pair, known.has(pair) ? 'accepted' : 'rejected'])
        }
    })
})
