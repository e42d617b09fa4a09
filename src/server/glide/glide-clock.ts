import { GlideDateTime } from '@servicenow/glide'
import type { Clock, Waiter } from '../ports/clock'

export class GlideClock implements Clock {
    nowMs(): number {
        return Number(new GlideDateTime().getNumericValue())
    }
}

/** Scoped apps cannot sleep (gs.sleep is refused), so every wait becomes a continuation. */
export class GlideWaiter implements Waiter {
    readonly maxInlineWaitMs = 0

    wait(ms: number): void {
        if (ms > 0) throw new Error(`cannot wait ${ms} ms inline on the instance: schedule a continuation instead`)
    }
}
