import {
    EMULATOR_DEFAULT_CLIENT,
    startEmulator,
    type EmulatorOptions,
    type RunningEmulator,
} from '../../src/local/emulator/start-emulator'
import { EmulatorDataset } from '../../src/local/emulator/dataset/emulator-dataset'
import type { DatasetOptions } from '../../src/local/emulator/dataset/dataset-options'

export const ROOT = '/main/ifsapplications/projection/v1/'
export const ORDERS = 'PurchaseOrderHandling.svc/PurchaseOrderSet'
export const INVOICES = 'ManSuppInvoiceHandling.svc/PostingProposalHeadSet'

export async function getToken(emu: RunningEmulator, client = EMULATOR_DEFAULT_CLIENT): Promise<string> {
    const res = await fetch(emu.tokenUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: client.clientId,
            client_secret: client.clientSecret,
        }).toString(),
    })
    if (res.status !== 200) throw new Error(`token: ${res.status} ${await res.text()}`)
    return ((await res.json()) as { access_token: string }).access_token
}

export interface Page {
    status: number
    headers: Headers
    body: {
        value?: Record<string, unknown>[]
        '@odata.nextLink'?: string
        '@odata.count'?: number
        '@odata.context'?: string
        error?: { code: string; message: string }
    }
}

/** GET `<root><path>?<query>` (query given raw, already encoded) or an absolute URL. */
export async function get(
    emu: RunningEmulator,
    token: string | null,
    pathOrUrl: string,
    headers: Record<string, string> = {}
): Promise<Page> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : emu.url + ROOT + pathOrUrl
    const res = await fetch(url, { headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers } })
    const text = await res.text()
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} }
}

export const q = (text: string): string => encodeURIComponent(text)

/** Follows nextLinks; returns every row and the number of pages. */
export async function readAll(
    emu: RunningEmulator,
    token: string,
    path: string,
    headers: Record<string, string> = {}
): Promise<{ rows: Record<string, unknown>[]; pages: number }> {
    const rows: Record<string, unknown>[] = []
    let next: string | undefined = path
    let pages = 0
    while (next) {
        const page: Page = await get(emu, token, next, headers)
        if (page.status !== 200) throw new Error(`${page.status} ${JSON.stringify(page.body)}`)
        rows.push(...(page.body.value ?? []))
        next = page.body['@odata.nextLink']
        pages++
        if (pages > 10000) throw new Error('too many pages')
    }
    return { rows, pages }
}

/** A describe block's emulator and a token of the default client, filled in before its first test. */
export interface LiveEmulator {
    emu: RunningEmulator
    token: string
}

/** The emulator of one describe block with a token of the default client; closed after the block. */
export function emulatorWithToken(options: EmulatorOptions): LiveEmulator {
    const live = {} as LiveEmulator
    beforeAll(async () => {
        live.emu = await startEmulator(options)
        live.token = await getToken(live.emu)
    })
    afterAll(() => live.emu?.close())
    return live
}

/** A generated tenant under the default profile's set names (IFS names as literals, not the engine's). */
export function makeDataset(options: DatasetOptions): EmulatorDataset {
    return new EmulatorDataset(options, {
        purchase_order: 'PurchaseOrderSet',
        supplier_invoice: 'PostingProposalHeadSet',
        suppliers: 'SupplierInfoGeneralSet',
        glAccounts: 'CodeAArray',
        costCenters: 'CodeBArray',
    })
}

/** One call to the emulator's /__control endpoint, with its status and JSON body. */
export async function controlCall(
    emu: RunningEmulator,
    method: string,
    action: string,
    body?: unknown
): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${emu.url}/__control/${action}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}
