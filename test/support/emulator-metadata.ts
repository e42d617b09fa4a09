import { generatorSets } from '../../src/local/emulator/dataset/served-sets'
import type { HttpRequest, HttpResult } from '../../src/server/ports/http'
import { EmulatorDataset } from '../../src/local/emulator/dataset/emulator-dataset'
import { renderCsdlJson, renderCsdlXml } from '../../src/local/emulator/odata/csdl-render'
import { csdlServiceOf, renameProperty } from '../../src/local/emulator/odata/csdl-services'
import { DEFAULT_ENTITY_SET_PATHS, entitySetNames } from '../../src/local/emulator/server/entity-set-paths'

const DATA = new EmulatorDataset({ seed: 1, invoices: 2, orders: 2 }, entitySetNames(DEFAULT_ENTITY_SET_PATHS))

export interface MetadataOptions {
    format?: 'xml' | 'json'
    /** A property `$metadata` names differently from the rows (the emulator's rename_in_metadata fault). */
    rename?: { from: string; to: string }
    /** Answer every `$metadata` with 404, as a service that publishes none. */
    unpublished?: boolean
}

/**
 * For fake HTTP handlers of unit tests: the emulator's CSDL of the default entity-set paths for a
 * `<Projection>.svc/$metadata` URL, null for any other URL (the test's own handler answers it).
 */
function emulatorMetadata(request: HttpRequest, options: MetadataOptions = {}): HttpResult | null {
    const match = /\/([A-Za-z0-9_]+)\.svc\/\$metadata$/.exec(request.url)
    if (!match) return null
    let service = options.unpublished ? null : csdlServiceOf(match[1], DEFAULT_ENTITY_SET_PATHS, generatorSets(DATA))
    if (!service) return { kind: 'response', status: 404, headers: {}, body: '{"error":{"message":"no service"}}' }
    if (options.rename) service = renameProperty(service, options.rename.from, options.rename.to)
    return options.format === 'json'
        ? {
              kind: 'response',
              status: 200,
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(renderCsdlJson(service)),
          }
        : {
              kind: 'response',
              status: 200,
              headers: { 'content-type': 'application/xml' },
              body: renderCsdlXml(service),
          }
}

/** `handler` with the emulator's `$metadata` in front of it. */
export function withEmulatorMetadata(
    handler: (request: HttpRequest) => HttpResult,
    options: MetadataOptions = {}
): (request: HttpRequest) => HttpResult {
    return (request) => emulatorMetadata(request, options) ?? handler(request)
}
