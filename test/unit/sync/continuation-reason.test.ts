import {
    continuationTrigger,
    RUN_NOW_REASON,
    SCHEDULED_RUN_REASON,
} from '../../../src/server/core/sync/continuation-reason'

describe('continuationTrigger', () => {
    it('records a run queued by Run now as manual, by the scheduled job as schedule', () => {
        expect(continuationTrigger(`${RUN_NOW_REASON} alice`)).toBe('manual')
        expect(continuationTrigger(SCHEDULED_RUN_REASON)).toBe('schedule')
    })

    it("records the engine's own deferrals, and events without a reason, as continuations", () => {
        expect(continuationTrigger('purchase_order: 25 rows read, then time budget of 240 s used')).toBe('continuation')
        expect(continuationTrigger('supplier_invoice: IFS answered 429; retry after 30 s')).toBe('continuation')
        expect(continuationTrigger('')).toBe('continuation')
        expect(continuationTrigger(null)).toBe('continuation')
    })
})
