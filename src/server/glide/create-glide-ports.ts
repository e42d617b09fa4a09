import { gs } from '@servicenow/glide'
import type { Ports } from '../ports/ports'
import { GlideClock, GlideWaiter } from './glide-clock'
import { GlideSha256 } from './glide-digest'
import { GlideHttp } from './glide-http'
import { GlideImportTransform } from './glide-import-transform'
import { GlideLog } from './glide-log'
import { GlidePlatform } from './glide-platform'
import { GlideScheduler } from './glide-scheduler'
import { GlideStore } from './glide-store'
import { GlideTokenSource } from './glide-token-source'

export interface GlidePortsOptions {
    /**
     * The user whose roles the prerequisite check looks at. The job runs as its run-as user, so the
     * default (the user the script runs as) is right there; a UI action run by an admin can pass the
     * job's run-as user instead.
     */
    runAsUserSysId?: string
}

/** Every port over Glide APIs: the only place the instance's job meets the core. */
export function createGlidePorts(options: GlidePortsOptions = {}): Ports {
    const store = new GlideStore()
    return {
        http: new GlideHttp(),
        tokensFor: (connection) => new GlideTokenSource(connection),
        store,
        clock: new GlideClock(),
        waiter: new GlideWaiter(),
        scheduler: new GlideScheduler(),
        platform: new GlidePlatform(options.runAsUserSysId),
        log: new GlideLog(),
        digest: new GlideSha256(),
        importTransform: new GlideImportTransform(store),
        // A fresh id per job execution: a lease held by a killed execution can then only expire.
        workerId: `instance:${gs.generateGUID()}`,
    }
}
