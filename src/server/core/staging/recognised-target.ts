import type { FieldValue, StoredRecord } from '../../ports/store'
import type { TargetValues } from './target-record'

function holds(stored: string | null, value: FieldValue): boolean {
    if (value === null) return stored === null || stored === ''
    if (stored === null) return value === ''
    if (typeof value === 'number') return Number(stored) === value
    if (typeof value === 'boolean') return (stored === '1' || stored === 'true') === value
    return stored === value
}

/**
 * True when a target record found by its staging key already holds these values (as the store
 * hands them back: text, numbers compared as numbers): a run that died after writing it wrote the
 * same document, so only its staging key is missing.
 */
export function holdsValues(target: StoredRecord, values: TargetValues): boolean {
    return Object.keys(values).every((column) => holds(target[column] ?? null, values[column]))
}
