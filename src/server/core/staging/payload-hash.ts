import type { TargetValues } from './target-record'
import { sha256Hex } from './sha256'

/** Hash of what would be written to the target, columns in name order: equal hash = nothing changed. */
export function payloadHash(values: TargetValues): string {
    const names = Object.keys(values).sort()
    return sha256Hex(JSON.stringify(names.map((n) => [n, values[n]])))
}
