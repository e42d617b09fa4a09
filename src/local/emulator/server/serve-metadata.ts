import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ServedSets } from '../dataset/served-sets'
import type { FaultInjector } from '../faults/fault-injector'
import { renderCsdlJson, renderCsdlXml } from '../odata/csdl-render'
import { csdlServiceOf, renameProperty } from '../odata/csdl-services'
import { ODataError } from '../odata/odata-error'
import type { EntitySetPaths } from './entity-set-paths'
import { sendText } from './http-io'

/** `<Projection>.svc/$metadata` below the projection root: the projection's name, else null. */
export function metadataProjection(rest: string): string | null {
    return /^([A-Za-z0-9_]+)\.svc\/\$metadata$/.exec(rest)?.[1] ?? null
}

export interface MetadataRequest {
    req: IncomingMessage
    res: ServerResponse
    projection: string
    rawQuery: string
    decodedPath: string
}

/**
 * Serves a projection's CSDL: JSON when the request asks for it (`$format=json`, or an Accept that
 * ranks `application/json` at least as high as XML), XML otherwise, as OData 4.01 says.
 */
export function serveMetadata(
    deps: { paths: EntitySetPaths; served: ServedSets; faults: FaultInjector },
    request: MetadataRequest
): void {
    let service = csdlServiceOf(request.projection, deps.paths, deps.served)
    if (!service) throw new ODataError(404, 'ODP_NOT_FOUND', `No service ${request.projection}.svc`)
    for (const rule of deps.faults.fire('body', 'metadata', request.decodedPath))
        if (rule.kind === 'rename_in_metadata') service = renameProperty(service, rule.from, rule.to)
    if (wantsJson(request.req.headers.accept, request.rawQuery))
        sendText(request.res, 200, JSON.stringify(renderCsdlJson(service)), {
            'Content-Type': 'application/json',
            'OData-Version': '4.01',
        })
    else sendText(request.res, 200, renderCsdlXml(service), { 'Content-Type': 'application/xml' })
}

function wantsJson(accept: string | undefined, rawQuery: string): boolean {
    const format = new URLSearchParams(rawQuery).get('$format')
    if (format !== null) return /json/i.test(format)
    const q = (media: string): number => {
        for (const part of (accept ?? '').split(',')) {
            const [type, ...params] = part.split(';').map((p) => p.trim().toLowerCase())
            if (type !== media) continue
            const weight = params.find((p) => p.startsWith('q='))
            return weight ? Number(weight.slice(2)) || 0 : 1
        }
        return 0
    }
    const json = q('application/json')
    return json > 0 && json >= q('application/xml')
}
