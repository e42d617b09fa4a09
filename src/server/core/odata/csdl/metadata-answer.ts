import { stripBom } from '../json-body'
import { readCsdlJson } from './read-csdl-json'
import { readCsdlXml } from './read-csdl-xml'
import type { ServiceMetadata } from './service-metadata'
import { messageOf } from '../../domain/failure'

/**
 * What a `<Projection>.svc/$metadata` request asks for: JSON CSDL when the server offers it (OData
 * 4.01; IFS answers it to `Accept: application/json`), XML CSDL otherwise. A server that knows only
 * XML picks the second entry instead of answering 406; a metadata request without a preference
 * would get XML anyway, so listing both never costs a second request.
 */
export const METADATA_REQUEST_HEADERS: Readonly<Record<string, string>> = {
    Accept: 'application/json, application/xml;q=0.9',
    'OData-MaxVersion': '4.01',
}

/**
 * Statuses that mean "this service publishes no `$metadata`" rather than "the request failed":
 * the names are then left to the `$top=1` read with the real query (a missing name fails it).
 */
export const METADATA_UNPUBLISHED_STATUSES: readonly number[] = [404, 405, 406, 501]

export type MetadataAnswer =
    { kind: 'read'; metadata: ServiceMetadata; format: 'xml' | 'json' } | { kind: 'unpublished'; status: number }

export type MetadataParse = { ok: true; value: MetadataAnswer } | { ok: false; problem: string }

/** Reads a `$metadata` answer as the format its Content-Type (or, without one, its first character) says. */
export function readMetadataAnswer(status: number, body: string, contentType: string | undefined): MetadataParse {
    if (METADATA_UNPUBLISHED_STATUSES.includes(status)) return { ok: true, value: { kind: 'unpublished', status } }
    const text = stripBom(body).trimStart()
    const json = isJsonMedia(contentType) ?? text.startsWith('{')
    try {
        const metadata = json ? readCsdlJson(JSON.parse(text)) : readCsdlXml(text)
        if (metadata.entitySets.size === 0) return { ok: false, problem: 'the CSDL declares no entity set' }
        return { ok: true, value: { kind: 'read', metadata, format: json ? 'json' : 'xml' } }
    } catch (e) {
        return { ok: false, problem: `the ${json ? 'JSON' : 'XML'} CSDL cannot be read (${messageOf(e)})` }
    }
}

/** true: JSON, false: XML, null: the header does not say. */
function isJsonMedia(contentType: string | undefined): boolean | null {
    const media = (contentType ?? '').split(';')[0].trim().toLowerCase()
    if (media === '') return null
    if (media === 'application/json' || media.endsWith('+json')) return true
    if (media.endsWith('/xml') || media.endsWith('+xml')) return false
    return null
}

/** `Projection.svc/Set(…)/Nav` → `Projection.svc`: the service whose `$metadata` describes the path. */
export function serviceRootOf(entitySetPath: string): string {
    const end = entitySetPath.indexOf('.svc')
    return end < 0 ? entitySetPath : entitySetPath.slice(0, end + 4)
}
