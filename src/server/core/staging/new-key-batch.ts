import type { Ready } from './staged-item'
import type { Problem } from './problem'

/** What a new document's write came to, counted and audited once its staging key is written. */
export interface KeyedOutcome {
    kind: 'inserted' | 'updated'
    targetSysId: string
    operation: 'stage_insert' | 'stage_update'
    message: string
}

/**
 * The staging key of a document that had none, written `staged` after its target record. Without
 * an outcome it is only written (the document was flagged: its recognised target is locked).
 */
export interface NewKey {
    item: Ready
    values: Record<string, string | number | null>
    outcome: KeyedOutcome | null
    /** The import-set transform refused the document's row: its message (the key is still written). */
    rejection?: string
    /** The line table refused some of the document's lines: the document is flagged, naming them. */
    lineProblem?: Problem
    /** Lines to write again whatever the key holds (a refused document submitted again). */
    allLines?: boolean
}

/**
 * The staging-key update of a changed document whose target is an import table: written after the
 * page's transform, with the transform's verdict, in the same single update per document.
 */
export interface KeyUpdate {
    item: Ready
    keySysId: string
    values: Record<string, string | number | null>
    outcome: KeyedOutcome
    rejection?: string
    lineProblem?: Problem
    allLines?: boolean
}

/**
 * The page's new staging keys, written together in one insertMany after their target records:
 * one round trip per page instead of a `pending` insert and a `staged` update per document. A run
 * that dies before the batch leaves targets without keys; the next run finds them by the staging
 * key they hold in their external-reference column and writes only the key.
 */
export class NewKeyBatch {
    private readonly byKey = new Map<string, NewKey>()

    get(key: string): NewKey | undefined {
        return this.byKey.get(key)
    }

    add(entry: NewKey): void {
        this.byKey.set(entry.item.key, entry)
    }

    get size(): number {
        return this.byKey.size
    }

    entries(): NewKey[] {
        return Array.from(this.byKey.values())
    }
}
