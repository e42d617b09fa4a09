import type { GlideRecord } from '@servicenow/glide'
import { runContinuation } from '../continuation'

/**
 * Script Action adapter for `x_mlc_ifs_s2p.continue`. The SDK calls a module-imported script with
 * the platform globals named like its parameters, so this one must be called `event`; it hands the
 * connection sys_id (parm1) and the reason it was queued (parm2) to the continuation entry.
 */
export function onContinueEvent(event: GlideRecord<'sysevent'>): void {
    runContinuation(event.getValue('parm1') ?? '', event.getValue('parm2'))
}
