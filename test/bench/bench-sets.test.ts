import { execFileSync } from 'child_process'
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { requestsBySet } from '../../src/local/bench/requests-by-set'

const ROOT = path.resolve(__dirname, '..', '..')
const PROJECTION = '/main/ifsapplications/projection/v1/'

describe('bench: requests per data set, from the paths the emulator served', () => {
    it('counts a set read whole and by key, leaves master data, $metadata and the token out', () => {
        const byPath = {
            [`${PROJECTION}PurchaseOrderHandling.svc/PurchaseOrderSet`]: 3,
            [`${PROJECTION}PurchaseOrderHandling.svc/PurchaseOrderSet(OrderNo='PO1')`]: 1,
            [`${PROJECTION}PurchaseOrderHandling.svc/$metadata`]: 1,
            [`${PROJECTION}PurchaseReceiptHandling.svc/PurchaseReceiptSet`]: 2,
            [`${PROJECTION}SupplierHandling.svc/SupplierSet`]: 1,
            '/auth/realms/ifs/protocol/openid-connect/token': 1,
        }
        expect(requestsBySet(byPath, { purchase_order: 4, supplier_invoice: 1, receipt: 1 })).toEqual({
            purchase_order: { made: 4, minimum: 4 },
            receipt: { made: 2, minimum: 1 },
            // A set the minimum counts that no request reached.
            supplier_invoice: { made: 0, minimum: 1 },
        })
    })
})

describe('bench: a small run reports requests made and the minimum per set', () => {
    const PAGE = 100
    let figures: { requests: { made: { data: number }; bySet: Record<string, { made: number; minimum: number }> } }
    let raw: { workload: { invoices: number; orders: number }; e2e: { lineRows: Record<string, number> } }

    beforeAll(() => {
        // 400 documents at pages of 100: a few pages per header set and several per line set.
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sets-'))
        const out = path.join(dir, 'bench.json')
        try {
            execFileSync(
                process.execPath,
                [
                    path.join(ROOT, 'build/local/bench.js'),
                    ...['--sizes', '400', '--page-size', String(PAGE), '--no-baseline', '--out', out],
                ],
                { cwd: ROOT, stdio: 'pipe', timeout: 120_000 }
            )
            const json = JSON.parse(fs.readFileSync(out, 'utf8')) as {
                figures: (typeof figures)[]
                raw: (typeof raw)[]
            }
            figures = json.figures[0]
            raw = json.raw[0]
        } finally {
            fs.rmSync(dir, { recursive: true, force: true })
        }
    }, 120_000)

    it('attributes every data request the emulator served to one set', () => {
        const made = Object.values(figures.requests.bySet).map((s) => s.made)
        expect(made.reduce((a, b) => a + b, 0)).toBe(figures.requests.made.data)
        expect(made.every((n) => n >= 1)).toBe(true)
    })

    it("gives each set the full pages of its rows: the workload's headers and the emulator's line counts", () => {
        const pages = (rows: number) => Math.max(1, Math.ceil(rows / PAGE))
        const lines = raw.e2e.lineRows
        expect(lines.purchase_order_line).toBeGreaterThan(PAGE)
        const minimum = Object.fromEntries(Object.entries(figures.requests.bySet).map(([name, s]) => [name, s.minimum]))
        expect(minimum).toEqual({
            supplier_invoice: pages(raw.workload.invoices),
            purchase_order: pages(raw.workload.orders),
            purchase_order_line: pages(lines.purchase_order_line),
            invoice_item: pages(lines.invoice_item),
            invoice_posting: pages(lines.invoice_posting),
            receipt: pages(lines.receipt),
        })
        // No set can be read in fewer requests than its full pages.
        for (const s of Object.values(figures.requests.bySet)) expect(s.made).toBeGreaterThanOrEqual(s.minimum)
    })
})
