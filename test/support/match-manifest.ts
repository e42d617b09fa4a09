/**
 * What match readiness must say of each staged invoice, by the emulator's manifests alone (its
 * line manifest's `match` per invoice line: the PO line and receipts IFS holds; its header
 * manifest's outcome per document), never by the connector. Shared by the CLI readiness tests of
 * the presets (`cli-match-readiness*.test.ts`).
 */

import type { IfsKey, LineManifest, ManifestLine } from '../../src/local/emulator/dataset/line-manifest'
import { STAGING_KEY } from '../../src/tables'
import { queryDatabase } from './query-database'

export type { LineManifest }
export type Key = IfsKey
export type InvoiceItem = Extract<ManifestLine, { kind: 'invoice_item' }>

export interface HeaderManifest {
    documents: {
        objectType: string
        key: Key
        identity: { company: string | null; documentNumber: string | null }
        expected: { outcome: string; importTransform?: string; values?: { supplierName: string | null } }
    }[]
}

export interface Manifests {
    lines: LineManifest
    headers: HeaderManifest
}

export const sourceKey = (key: Key) => JSON.stringify(Object.fromEntries(key))
export const valueOf = (key: Key, name: string) => key.find(([n]) => n === name)?.[1]
/** The source key of the purchase order a PO line key belongs to. */
export const orderOf = (poLineKey: Key) => sourceKey([['OrderNo', valueOf(poLineKey, 'OrderNo') ?? null]])

/** Documents of the manifests by outcome: staged with every line good, or not sure (staged or flagged). */
export function documentsOf(m: Manifests, objectType: string): { staged: Set<string>; unsure: Set<string> } {
    const header = new Map(
        m.headers.documents.filter((d) => d.objectType === objectType).map((d) => [sourceKey(d.key), d])
    )
    const staged = new Set<string>()
    const unsure = new Set<string>()
    for (const d of m.lines.documents.filter((l) => l.objectType === objectType)) {
        const outcome = header.get(sourceKey(d.key))?.expected.outcome
        if (d.check.outcome !== 'staged') continue
        if (outcome === 'staged') staged.add(sourceKey(d.key))
        if (outcome === 'staged_or_flagged') unsure.add(sourceKey(d.key))
    }
    return { staged, unsure }
}

const WORST_FIRST = ['waiting_for_po', 'waiting_for_receipt', 'receipt_not_checked', 'ready', 'no_po_line'] as const

/**
 * What each staged invoice's readiness must be, by the manifests: a line whose PO line IFS lacks,
 * or whose purchase order is not staged (not synced, or flagged), waits for the PO; one whose PO
 * line is staged is "receipt not checked" while receipts are not synced, else ready when IFS holds
 * a receipt of it (not cancelled) and waiting for one otherwise; the invoice is its worst line.
 * Invoices the manifest is not sure of, or citing such a purchase order, are left out (`unsure`).
 */
function expectedStates(m: Manifests, at: { orders: boolean; receipts: boolean }) {
    const orders = documentsOf(m, 'purchase_order')
    const invoices = documentsOf(m, 'supplier_invoice')
    const expected = new Map<string, string>()
    const unsure = new Set(invoices.unsure)
    for (const doc of m.lines.documents.filter((d) => invoices.staged.has(sourceKey(d.key)))) {
        const items = doc.lines as InvoiceItem[]
        if (items.some((l) => l.match.poLineKey && orders.unsure.has(orderOf(l.match.poLineKey)))) {
            unsure.add(sourceKey(doc.key))
            continue
        }
        const states = items.map(({ match: s }) => {
            if (s.status === 'no_po') return 'no_po_line'
            if (s.status === 'waiting_for_po' || !at.orders || !orders.staged.has(orderOf(s.poLineKey!)))
                return 'waiting_for_po'
            if (!at.receipts) return 'receipt_not_checked'
            return s.status === 'matched' ? 'ready' : 'waiting_for_receipt'
        })
        expected.set(
            sourceKey(doc.key),
            states.length === 0 ? 'no_lines' : WORST_FIRST.find((s) => states.includes(s))!
        )
    }
    return { expected, unsure }
}

/** How many invoices are in one of `states`. */
export const tally = (m: Map<string, string>, ...states: string[]) =>
    [...m.values()].filter((v) => states.includes(v)).length

/**
 * Every staged invoice's match state in the run's SQLite file is the manifests' (expectedStates),
 * and nothing is staged that the manifests do not expect staged (or are not sure of). Gives the
 * expected states.
 */
export function expectStagedStates(
    file: string,
    m: Manifests,
    at: { orders: boolean; receipts: boolean }
): Map<string, string> {
    const { expected, unsure } = expectedStates(m, at)
    const got = new Map(
        queryDatabase(
            file,
            `SELECT source_key, match_state FROM ${STAGING_KEY.name} WHERE object_type = 'supplier_invoice'`
        ).map((r) => [r.source_key, r.match_state])
    )
    for (const [key, state] of expected) expect({ key, state: got.get(key) }).toEqual({ key, state })
    expect([...got.keys()].filter((k) => k !== null && !expected.has(k) && !unsure.has(k))).toEqual([])
    return expected
}
