import {
    clearLineScanFrom,
    furthest,
    keepLineScanFrom,
    keptLineScanFrom,
} from '../../../src/server/core/lines/line-scan-from'
import { PartitionState, resetPartitions } from '../../../src/server/core/sync/sync-state'
import { CONNECTION, SYNC_STATE } from '../../../src/tables'
import { FakeClock } from '../../fakes/fake-clock'
import { MemoryStore } from '../../fakes/memory-store'

// What a run read in slices keeps for its line scan: the first slice's header position and the
// furthest line of all slices, in sync_state.line_scan_from.

const SET = 'PurchaseOrderHandling.svc/PurchaseOrderLineNopartSet'

function state() {
    const clock = new FakeClock()
    const store = new MemoryStore({ nowMs: () => clock.nowMs() })
    const connection = store.insert(CONNECTION.name, { name: 'Acme' })
    const load = () => PartitionState.load(store, connection, 'purchase_order')
    return { store, connection, load }
}

const at = (modified: string, ...keys: (string | number)[]) => ({ modified, keys })

describe('line scan start of a run read in slices', () => {
    it('keeps the first slice header position and the furthest line any slice saw', () => {
        const w = state()
        keepLineScanFrom(w.load(), SET, { headerCursor: null, linesSeen: at('20260115090000', 'PO1', '1', '1') })
        // A later slice started further on and saw only older lines: neither replaces what is kept.
        keepLineScanFrom(w.load(), SET, {
            headerCursor: at('20260115080009', 'PO9'),
            linesSeen: at('20260115080012', 'PO12', '1', '1'),
        })
        expect(keptLineScanFrom(w.load(), SET)).toEqual({ header: null, seen: at('20260115090000', 'PO1', '1', '1') })
        keepLineScanFrom(w.load(), SET, { headerCursor: null, linesSeen: at('20260115100000', 'PO20', '2', '1') })
        expect(keptLineScanFrom(w.load(), SET)?.seen).toEqual(at('20260115100000', 'PO20', '2', '1'))
    })

    it('a header position is kept as it was; nothing is kept for another line set', () => {
        const w = state()
        keepLineScanFrom(w.load(), SET, { headerCursor: at('20260115080000', 'PO0'), linesSeen: null })
        expect(keptLineScanFrom(w.load(), SET)).toEqual({ header: at('20260115080000', 'PO0'), seen: null })
        expect(keptLineScanFrom(w.load(), 'Other.svc/LineSet')).toBeNull()
    })

    it('is cleared once a scan ran, and by a cursor reset', () => {
        const w = state()
        keepLineScanFrom(w.load(), SET, { headerCursor: null, linesSeen: null })
        expect(keptLineScanFrom(w.load(), SET)).toEqual({ header: null, seen: null })
        clearLineScanFrom(w.load())
        expect(keptLineScanFrom(w.load(), SET)).toBeNull()
        keepLineScanFrom(w.load(), SET, { headerCursor: null, linesSeen: null })
        resetPartitions(w.store, w.connection)
        expect(keptLineScanFrom(w.load(), SET)).toBeNull()
    })

    it('a damaged value is an error naming the row, not a silent start from elsewhere', () => {
        const w = state()
        const s = w.load()
        w.store.update(SYNC_STATE.name, s.sysId, { line_scan_from: 'not json' })
        expect(() => keptLineScanFrom(w.load(), SET)).toThrow(`sync_state ${s.sysId} (line_scan_from) is not JSON`)
        w.store.update(SYNC_STATE.name, s.sysId, {
            line_scan_from: JSON.stringify({ set: SET, header: { modified: '20260115080000', key: '{}' }, seen: null }),
        })
        expect(() => keptLineScanFrom(w.load(), SET)).toThrow('cursor_key must be a JSON array')
    })

    it('furthest: the later position by stamp then key; null stands for none', () => {
        expect(furthest(null, null)).toBeNull()
        expect(furthest(at('20260115080000', 'A'), null)).toEqual(at('20260115080000', 'A'))
        expect(furthest(null, at('20260115080000', 'A'))).toEqual(at('20260115080000', 'A'))
        expect(furthest(at('20260115080000', 'B'), at('20260115080000', 'A'))).toEqual(at('20260115080000', 'B'))
        expect(furthest(at('20260115080000', 'B'), at('20260115080001', 'A'))).toEqual(at('20260115080001', 'A'))
    })
})
