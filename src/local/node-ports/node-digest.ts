import { createHash } from 'crypto'
import type { Digest } from '../../server/ports/digest'

/** node:crypto's SHA-256; strings are encoded as UTF-8 (a lone surrogate becomes U+FFFD). */
export class NodeDigest implements Digest {
    sha256Hex(text: string): string {
        return createHash('sha256').update(text, 'utf8').digest('hex')
    }
}
