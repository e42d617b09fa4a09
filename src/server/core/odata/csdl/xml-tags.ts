import { Failure } from '../../domain/failure'

/**
 * The tags of an XML text, in order: enough XML to read CSDL `$metadata` on the instance and in
 * Node alike (no DOM parser is available to scoped scripts). Text, comments, processing
 * instructions, CDATA and DOCTYPE are skipped; attribute values are entity-decoded. Every scan is
 * linear in the input: a hostile document cannot make it backtrack.
 */
export interface XmlTag {
    /** Local name, namespace prefix removed (`edmx:Edmx` → `Edmx`). */
    readonly name: string
    readonly kind: 'open' | 'close' | 'empty'
    readonly attributes: ReadonlyMap<string, string>
}

/** Markup that cannot be read as XML; the `$metadata` check reports it as the service's fault. */
export class XmlSyntaxError extends Failure {
    override name = 'XmlSyntaxError'
}

const SKIPPED: ReadonlyArray<readonly [string, string]> = [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
    ['<!', '>'],
]

export function xmlTags(text: string): XmlTag[] {
    const tags: XmlTag[] = []
    let at = text.indexOf('<')
    while (at >= 0) {
        const skipped = SKIPPED.find(([open]) => text.startsWith(open, at))
        const close = skipped ? skipped[1] : '>'
        const end = text.indexOf(close, at + 1)
        if (end < 0) throw new XmlSyntaxError(`unterminated markup at character ${at}`)
        if (!skipped) tags.push(readTag(text.slice(at + 1, end), at))
        at = text.indexOf('<', end + close.length)
    }
    return tags
}

function readTag(inner: string, at: number): XmlTag {
    const closing = inner.startsWith('/')
    const empty = !closing && inner.endsWith('/')
    const body = inner.slice(closing ? 1 : 0, empty ? -1 : undefined).trim()
    const nameEnd = body.search(/\s|$/)
    const qualified = body.slice(0, nameEnd)
    if (qualified === '') throw new XmlSyntaxError(`tag without a name at character ${at}`)
    return {
        name: qualified.slice(qualified.indexOf(':') + 1),
        kind: closing ? 'close' : empty ? 'empty' : 'open',
        attributes: readAttributes(body.slice(nameEnd)),
    }
}

function readAttributes(text: string): Map<string, string> {
    const attributes = new Map<string, string>()
    const pattern = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const name = match[1].slice(match[1].indexOf(':') + 1)
        attributes.set(name, decodeEntities(match[2] ?? match[3] ?? ''))
    }
    return attributes
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntities(value: string): string {
    return value.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
        if (!ref.startsWith('#')) return NAMED[ref] ?? whole
        const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole
    })
}
