import { startEmulator } from '../../src/local/emulator/start-emulator'
import type { RunningEmulator } from '../../src/local/emulator/start-emulator'
import { controlCall, get, getToken, ORDERS } from '../emulator/helpers'

/** The emulator control additions the reliability suite relies on: tokens, documents, planted rows. */
let emu: RunningEmulator
beforeAll(async () => {
    emu = await startEmulator({ dataset: { seed: 4, invoices: 5, orders: 5 } })
})
afterAll(async () => {
    await emu?.close()
})

async function control<T>(method: string, action: string, body?: unknown): Promise<T> {
    const answer = await controlCall(emu, method, action, body)
    expect(answer.status).toBe(200)
    return answer.body as T
}

test('GET tokens lists every issued token, revoked ones included', async () => {
    const a = await getToken(emu)
    const b = await getToken(emu)
    await control('POST', 'revoke-tokens')
    const { tokens } = await control<{ tokens: string[] }>('GET', 'tokens')
    expect(tokens).toEqual(expect.arrayContaining([a, b]))
    expect(tokens.length).toBeGreaterThanOrEqual(2)
    expect((await get(emu, a, ORDERS)).status).toBe(401)
})

test('POST rows merges overrides into new rows but keeps the emulator stamp; GET documents shows them', async () => {
    const before = await control<{ purchase_order: Record<string, unknown>[] }>('GET', 'documents')
    const { rows } = await control<{ rows: Record<string, unknown>[] }>('POST', 'rows', {
        objectType: 'purchase_order',
        badShare: 0,
        overrides: [{ VendorNo: "O'Brien^OR=x", Objversion: '19990101000000' }, { NetAmount: '12.50' }],
    })
    expect(rows).toHaveLength(2)
    expect(rows[0].VendorNo).toBe("O'Brien^OR=x")
    expect(rows[0].Objversion).not.toBe('19990101000000')
    expect(rows[1].NetAmount).toBe('12.50')
    const after = await control<{ purchase_order: Record<string, unknown>[]; supplier_invoice: unknown[] }>(
        'GET',
        'documents'
    )
    expect(after.purchase_order).toHaveLength(before.purchase_order.length + 2)
    expect(after.purchase_order).toEqual(
        expect.arrayContaining([expect.objectContaining({ VendorNo: "O'Brien^OR=x" })])
    )
    expect(after.supplier_invoice).toHaveLength(5)
})
