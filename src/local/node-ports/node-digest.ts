import type { Digest } from '../../server/ports/digest'
import { hashHex } from './hash-hex'

/** node:crypto's SHA-256; strings are encoded as UTF-8 (a lone surrogate becomes U+FFFD). */
export class NodeDigest implements Digest {
    sha256Hex(text: string): string {
        return hashHex('sha256', text)
    }
}
