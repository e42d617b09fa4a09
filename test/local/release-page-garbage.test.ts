import { releasePageGarbage } from '../../src/local/memory/release-page-garbage'

describe('releasePageGarbage', () => {
    // Not how many bytes the collector frees (that varies with the heap and the Node version): a
    // full collection clears a WeakRef to a page nothing holds any more, and nothing else here
    // would run the collector between the two lines.
    it('runs a full collection without the --expose-gc flag, so a page nobody holds is freed', async () => {
        let page: { row: number; text: string }[] | null = []
        for (let i = 0; i < 1000; i++) page.push({ row: i, text: `row ${i}` })
        const ref = new WeakRef(page)
        const held = { page: [{ row: 1, text: 'kept' }] }
        const kept = new WeakRef(held.page)
        page = null
        // A WeakRef's target is kept alive until the end of the current job: collect in the next one.
        await new Promise((resolve) => setImmediate(resolve))
        releasePageGarbage()
        expect(ref.deref()).toBeUndefined()
        expect(kept.deref()).toBe(held.page)
    })

    it('can be called again (the collector is looked up once)', async () => {
        let page: number[] | null = Array.from({ length: 100 }, (_, i) => i)
        const ref = new WeakRef(page)
        page = null
        await new Promise((resolve) => setImmediate(resolve))
        releasePageGarbage()
        releasePageGarbage()
        expect(ref.deref()).toBeUndefined()
    })
})
