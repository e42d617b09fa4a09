import type { ObjectType } from '../../src/tables/object-types'
import type { Store } from '../../src/server/ports/store'
import type { FlagRetryOutcome, Stager, StagingContext } from '../../src/server/core/staging/stager'
import type { PageOutcome, SourcePage } from '../../src/server/core/sync/page-sink'
import { DOCUMENT_SOURCES } from '../../src/server/core/ifs/source-fields'

export const TEST_TARGET = 'x_test_target'

/** The identity of a row for the test target: object type + key fields. */
export function docKey(objectType: ObjectType, row: Readonly<Record<string, unknown>>): string {
    return objectType + ':' + JSON.stringify(DOCUMENT_SOURCES[objectType].keys.map((k) => row[k.name]))
}

/**
 * A stand-in for core/staging in engine tests: stages each row into TEST_TARGET in the store
 * (one insert per row, so a crash can strike mid-page), and counts a row it already holds as a
 * duplicate, like the staging key ledger does. Records every page and flag retry it is given.
 * `rowHook` lets a test return 'error' for a row (counted, not staged) or throw.
 */
export class RecordingStager implements Stager {
    readonly pages: { objectType: ObjectType; rows: Readonly<Record<string, unknown>>[] }[] = []
    readonly retries: ObjectType[] = []
    rowHook: ((row: Readonly<Record<string, unknown>>, objectType: ObjectType) => 'error' | void) | null = null
    resolvedPerRetry = 0
    contexts: StagingContext[] = []

    constructor(private readonly store: Store) {}

    factory = (context: StagingContext): Stager => {
        this.contexts.push(context)
        return this
    }

    acceptPage(page: SourcePage): PageOutcome {
        this.pages.push({ objectType: page.objectType, rows: page.rows.map((r) => ({ ...r })) })
        const out: PageOutcome = { inserted: 0, updated: 0, duplicates: 0, flagged: 0, errors: 0 }
        for (const row of page.rows) {
            if (this.rowHook?.(row, page.objectType) === 'error') {
                out.errors++
                continue
            }
            const key = docKey(page.objectType, row)
            if (this.store.count(TEST_TARGET, [{ field: 'doc_key', op: '=', value: key }]) > 0) out.duplicates++
            else {
                this.store.insert(TEST_TARGET, { doc_key: key, run: page.runSysId, payload: JSON.stringify(row) })
                out.inserted++
            }
        }
        return out
    }

    retryOpenFlags(objectType: ObjectType): FlagRetryOutcome {
        this.retries.push(objectType)
        return { retried: this.resolvedPerRetry, resolved: this.resolvedPerRetry, stillFlagged: 0 }
    }

    /** Keys staged so far, in staging order. */
    stagedKeys(): string[] {
        return this.store.query(TEST_TARGET, {}).map((r) => r.doc_key as string)
    }

    /** Rows handed over, in order, as keys (a row handed twice appears twice). */
    handedKeys(objectType?: ObjectType): string[] {
        return this.pages
            .filter((p) => !objectType || p.objectType === objectType)
            .flatMap((p) => p.rows.map((r) => docKey(p.objectType, r)))
    }
}
