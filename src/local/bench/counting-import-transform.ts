import type { ImportOutcome, ImportTransform } from '../../server/ports/import-transform'
import { TRANSFORM_TRIPS_PREFIX } from './counting-store'
import type { CountingStore } from './counting-store'

/**
 * An ImportTransform decorator that counts each call (transform, outcomes) as one platform round
 * trip in the counting store's figures, in the store's current phase: on an instance each is one
 * server-side call (GlideImportSetTransformer, one read of the rows), whatever it does inside. The
 * inner transform works on the uncounted store, so its own reads and writes are not counted twice.
 */
export class CountingImportTransform implements ImportTransform {
    constructor(
        private readonly inner: ImportTransform,
        private readonly counter: CountingStore
    ) {}

    transform(importTable: string, rowSysIds: readonly string[]): void {
        this.counter.tally(TRANSFORM_TRIPS_PREFIX + importTable, 'transform')
        this.inner.transform(importTable, rowSysIds)
    }

    outcomes(importTable: string, rowSysIds: readonly string[]): ImportOutcome[] {
        this.counter.tally(TRANSFORM_TRIPS_PREFIX + importTable, 'outcomes')
        return this.inner.outcomes(importTable, rowSysIds)
    }
}
