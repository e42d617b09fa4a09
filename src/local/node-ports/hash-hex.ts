import * as crypto from 'crypto'

/**
 * One-shot `crypto.hash` (Node 20.12+): no Hash object per call. Hashing a few short texts per
 * row, a Hash object per text cost about ten times the hashing itself. Older Node 20 releases fall
 * back to createHash (the same digest).
 */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash

/** The hex digest of `text` encoded as UTF-8 (a lone surrogate becomes U+FFFD). */
export function hashHex(algorithm: 'sha256' | 'md5', text: string): string {
    if (oneShot) return oneShot(algorithm, text, 'hex')
    return crypto.createHash(algorithm).update(text, 'utf8').digest('hex')
}
