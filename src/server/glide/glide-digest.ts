import { GlideDigest } from '@servicenow/glide'
import type { Digest } from '../ports/digest'
import { utf8Bytes } from '../core/audit/redactor'
import { Failure } from '../core/domain/failure'

/** U+00E9 and the SHA-256 of its UTF-8 bytes (C3 A9): tells how GlideDigest encodes text. */
const PROBE = '\u00e9'
const PROBE_SHA256 = '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c'

class DigestMismatch extends Failure {
    override name = 'DigestMismatch'
}

/** How a string is handed to GlideDigest so that it hashes the string's UTF-8 bytes. */
type Encoding = (text: string) => string

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff

function isAscii(text: string): boolean {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false
    return true
}

/** The string with lone surrogates as U+FFFD, as UTF-8 encoders write them (Java writes '?'). */
function wellFormed(text: string): string {
    let out = ''
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i)
        if (
            isHigh(c) &&
            i + 1 < text.length &&
            isSurrogate(text.charCodeAt(i + 1)) &&
            !isHigh(text.charCodeAt(i + 1))
        ) {
            out += text.slice(i, i + 2)
            i++
        } else out += isSurrogate(c) ? '\ufffd' : text[i]
    }
    return out
}

/** One character per UTF-8 byte (U+0000–U+00FF): what a digest that encodes as Latin-1 must get. */
function byteString(text: string): string {
    let out = ''
    for (const b of utf8Bytes(text)) out += String.fromCharCode(b)
    return out
}

/**
 * SHA-256 through the scoped GlideDigest API. Its documentation says neither which character
 * set it hashes nor the case of its hex (it is upper case), while stored staging keys are the
 * lower-case SHA-256 of UTF-8: so the hex is lowered, and the first non-ASCII text probes once
 * whether GlideDigest encodes as UTF-8 or as Latin-1 (then it is handed the UTF-8 bytes as
 * characters). ASCII text, nearly every key, is hashed as it is.
 */
export class GlideSha256 implements Digest {
    private readonly api = new GlideDigest()
    private encoding: Encoding | null = null

    sha256Hex(text: string): string {
        return this.hex(isAscii(text) ? text : (this.encoding ??= this.probe())(text))
    }

    private hex(text: string): string {
        return String(this.api.getSHA256Hex(text)).toLowerCase()
    }

    private probe(): Encoding {
        const found = [wellFormed, byteString].find((encode) => this.hex(encode(PROBE)) === PROBE_SHA256)
        if (!found)
            throw new DigestMismatch(
                'GlideDigest hashes non-ASCII text neither as UTF-8 nor as Latin-1 bytes: staging keys would not match.'
            )
        return found
    }
}
