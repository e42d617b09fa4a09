import { createHash } from 'crypto'
import type { GlideWorld } from './glide-world'

/**
 * Java's String.getBytes as GlideDigest would call it: a lone surrogate (UTF-8) or a character
 * Latin-1 lacks becomes '?', unlike Node's encoder, which writes U+FFFD for lone surrogates.
 */
function javaBytes(text: string, charset: GlideWorld['digestCharset']): Buffer {
    if (charset === 'latin1') return Buffer.from(text.replace(/[^\u0000-\u00ff]/gu, '?'), 'latin1')
    return Buffer.from(
        text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '?'),
        'utf8'
    )
}

/** The scoped GlideDigest's SHA-256 methods over node:crypto, with the instance's upper-case hex. */
export function glideDigestClass(worldOf: () => GlideWorld) {
    return class GlideDigest {
        getSHA256Hex(text: string): string {
            const world = worldOf()
            world.digests++
            return createHash('sha256')
                .update(javaBytes(String(text), world.digestCharset))
                .digest('hex')
                .toUpperCase()
        }
    }
}
