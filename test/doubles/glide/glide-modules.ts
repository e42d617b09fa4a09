import type { GlideWorld } from './glide-world'
import { glideDigestClass } from './glide-digest-double'
import { glideAggregateClass, glideRecordClass } from './glide-record-double'
import { glideDateTimeClass, glidePluginManagerClass, glideSystemDouble } from './glide-system-double'
import { GlideOAuthClientRequestDouble, glideOAuthClientClass } from './oauth-client-double'
import { RESTResponseDouble, restMessageClass } from './rest-message-double'
import { importSetTransformerClass } from './import-transformer-double'

/**
 * The Glide API surface the app uses, as the modules `@servicenow/glide`, `.../sn_ws` and
 * `.../sn_auth` would export it on the instance. `worldOf` is read at every call, so one set of
 * classes can serve worlds that tests replace between cases.
 */
export function createGlideModules(worldOf: () => GlideWorld): Record<string, Record<string, unknown>> {
    const GlideRecord = glideRecordClass(worldOf)
    return {
        '@servicenow/glide': {
            GlideRecord,
            GlideAggregate: glideAggregateClass(worldOf, GlideRecord),
            GlideDateTime: glideDateTimeClass(worldOf),
            GlideDigest: glideDigestClass(worldOf),
            GlidePluginManager: glidePluginManagerClass(worldOf),
            GlideImportSetTransformer: importSetTransformerClass(worldOf),
            gs: glideSystemDouble(worldOf),
        },
        '@servicenow/glide/sn_ws': { RESTMessageV2: restMessageClass(worldOf), RESTResponseV2: RESTResponseDouble },
        '@servicenow/glide/sn_auth': {
            GlideOAuthClient: glideOAuthClientClass(worldOf),
            GlideOAuthClientRequest: GlideOAuthClientRequestDouble,
        },
    }
}

/** The same API as script globals (GlideRecord, gs, ... and the sn_ws / sn_auth namespaces). */
export function glideGlobals(modules: Record<string, Record<string, unknown>>): Record<string, unknown> {
    return {
        ...modules['@servicenow/glide'],
        sn_ws: modules['@servicenow/glide/sn_ws'],
        sn_auth: modules['@servicenow/glide/sn_auth'],
    }
}
