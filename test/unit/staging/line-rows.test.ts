import { NodeDigest } from '../../../src/local/node-ports/node-digest'
import type { FinancialDocument } from '../../../src/server/core/domain/canonical-document'
import { buildLines, documentHash, removedLineRow } from '../../../src/server/core/staging/line-rows'
import type { LineTarget } from '../../../src/server/core/staging/line-rows'
import { FIELD_MAPS, TARGET_TABLE_SCHEMAS } from '../../../src/server/core/staging/field-maps'
import type { StagingKey } from '../../../src/server/core/staging/staging-key'
import type { TargetTable } from '../../../src/server/core/staging/target-record'
import { canonicalDocument } from '../../support/canonical-document'
import { line } from './lines-fixtures'

const digest = new NodeDigest()
const KEY = 'k'.repeat(64) as StagingKey

/** An order: its line rows carry its number (u_erp_po_number). */
const doc = (over: Partial<FinancialDocument> = {}): FinancialDocument =>
    canonicalDocument({
        objectType: 'purchase_order',
        documentNumber: 'PO-1',
        sourceKey: '{"OrderNo":"PO-1"}',
        ...over,
    })

function target(preset: 's2p_import' | 'legacy_procurement'): TargetTable & { lines: LineTarget } {
    const map = FIELD_MAPS[preset].purchase_order
    const lineMap = map.lines!
    const columns = (table: string) =>
        new Map(TARGET_TABLE_SCHEMAS[table].map((c) => [c.name, { ...c, mandatory: false }]))
    return {
        map,
        table: map.defaultTable,
        columns: columns(map.defaultTable),
        settings: { erpSource: 'IFS Cloud', externalInvoiceSource: 'IFS Cloud' },
        resolve: () => null,
        lines: { map: lineMap, columns: columns(lineMap.defaultTable) },
    }
}

describe('line rows', () => {
    it('PO line values: numbers, received and invoiced quantities, state closed, connector key', () => {
        const closed = line('3/2', {
            quantity: 8,
            unitPrice: 1.5,
            amount: 12,
            quantityReceived: 8,
            quantityInvoiced: 4,
            closed: true,
        })
        const built = buildLines(doc({ lines: [closed] }), KEY, target('s2p_import'), digest)
        if (built.kind !== 'ok') throw new Error(JSON.stringify(built.problems))
        expect(built.lines[0].values).toMatchObject({
            u_erp_source: 'IFS Cloud',
            u_erp_po_number: 'PO-1',
            u_erp_po_line_number: '3/2',
            u_quantity: 8,
            u_unit_price: 1.5,
            u_line_amount: 12,
            u_quantity_received: 8,
            u_quantity_invoiced: 4,
            u_ml_line_state: 'closed',
            u_ml_connector_key: `${KEY}:3/2`,
        })
    })

    it('a line hash leaves out the header record (not known before the header is written)', () => {
        const built = buildLines(doc({ lines: [line('1')] }), KEY, target('legacy_procurement'), digest)
        if (built.kind !== 'ok') throw new Error('not built')
        expect(built.lines[0].values).toMatchObject({ purchase_order: null, ordered_quantity: 2, cost: 10 })
        const again = buildLines(doc({ lines: [line('1')] }), KEY, target('legacy_procurement'), digest)
        expect(again.kind === 'ok' && again.lines[0].hash).toBe(built.lines[0].hash)
    })

    it('the document hash: the header alone without lines; any line change changes it; line order does not', () => {
        const t = target('s2p_import')
        const hashOf = (lines: ReturnType<typeof line>[]) => {
            const built = buildLines(doc({ lines }), KEY, t, digest)
            if (built.kind !== 'ok') throw new Error('not built')
            return documentHash('h'.repeat(64), built.lines, digest)
        }
        expect(hashOf([])).toBe('h'.repeat(64))
        const base = hashOf([line('1'), line('2')])
        expect(hashOf([line('2'), line('1')])).toBe(base)
        expect(hashOf([line('1'), line('2', { quantityReceived: 1 })])).not.toBe(base)
        expect(hashOf([line('1'), line('2', { closed: true })])).not.toBe(base)
        expect(hashOf([line('1')])).not.toBe(base)
    })

    it('a removed line row: its number, quantity and amount 0, state removed', () => {
        const removed = removedLineRow({ doc: doc(), key: KEY, lineNumber: '4' }, target('s2p_import'), digest)
        if (removed.kind !== 'ok') throw new Error('not built')
        expect(removed.line.values).toMatchObject({
            u_erp_po_line_number: '4',
            u_quantity: 0,
            u_line_amount: 0,
            u_line_description: null,
            u_ml_line_state: 'removed',
        })
    })
})
