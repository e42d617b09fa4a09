import type { Digest } from '../../ports/digest'
import type { TargetValues } from './target-record'

/** Hash of what would be written to the target, columns in name order: equal hash = nothing changed. */
export function payloadHash(values: TargetValues, digest: Digest): string {
    const names = Object.keys(values).sort()
    return digest.sha256Hex(JSON.stringify(names.map((n) => [n, values[n]])))
}
