import * as crypto from 'crypto'
import type { Digest } from '../../server/ports/digest'

/**
 * One-shot `crypto.hash` (Node 20.12+): no Hash object per call. The engine hashes a few short
 * texts per row (staging key, source, payload, each line), and a Hash object per text cost about
 * ten times the hashing itself. Older Node 20 releases fall back to createHash (same digest).
 */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash

/** node:crypto's SHA-256; strings are encoded as UTF-8 (a lone surrogate becomes U+FFFD). */
export class NodeDigest implements Digest {
    sha256Hex(text: string): string {
        if (oneShot) return oneShot('sha256', text, 'hex')
        return crypto.createHash('sha256').update(text, 'utf8').digest('hex')
    }
}
