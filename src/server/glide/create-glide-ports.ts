import { gs } from '@servicenow/glide'
import type { Ports } from '../ports/ports'
import { GlideClock, GlideWaiter } from './glide-clock'
import { GlideHttp } from './glide-http'
import { GlideLog } from './glide-log'
import { GlidePlatform } from './glide-platform'
import { GlideScheduler } from './glide-scheduler'
import { GlideStore } from './glide-store'
import { GlideTokenSource } from './glide-token-source'

/** Every port over Glide APIs: the only place the instance's job meets the core. */
export function createGlidePorts(): Ports {
    return {
        http: new GlideHttp(),
        tokensFor: (connection) => new GlideTokenSource(connection.oauthProfile),
        store: new GlideStore(),
        clock: new GlideClock(),
        waiter: new GlideWaiter(),
        scheduler: new GlideScheduler(),
        platform: new GlidePlatform(),
        log: new GlideLog(),
        // A fresh id per job execution: a lease held by a killed execution can then only expire.
        workerId: `instance:${gs.generateGUID()}`,
    }
}
