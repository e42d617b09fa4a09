/**
 * SHA-256 over the UTF-8 bytes of a string, as 64 lower-case hex characters: GlideDigest on the
 * instance, node:crypto in Node. Staging keys, payload hashes and flag look-up hashes are stored
 * on the instance and compared with fresh ones, so every adapter must give exactly this text.
 */
export interface Digest {
    sha256Hex(text: string): string
}
