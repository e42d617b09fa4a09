import { releasePageGarbage } from '../../src/local/memory/release-page-garbage'

describe('releasePageGarbage', () => {
    it('runs a full collection without the --expose-gc flag, so a page’s promoted garbage is freed', () => {
        let page: { row: number; text: string }[] | null = []
        for (let i = 0; i < 200_000; i++) page.push({ row: i, text: `row ${i}` })
        const holding = process.memoryUsage().heapUsed
        page = null
        releasePageGarbage()
        const freed = holding - process.memoryUsage().heapUsed
        expect(freed).toBeGreaterThan(5 * 2 ** 20)
    })
})
