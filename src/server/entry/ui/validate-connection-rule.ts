import { gs } from '@servicenow/glide'
import type { GlideRecord } from '@servicenow/glide'
import { validateConnectionForm } from '../../core/actions/connection-form-rules'

/**
 * Before insert/update of a connection: the same rules the form's client script shows, enforced
 * on the server so that no save path (list edit, import, REST) stores a bad limit or URL.
 */
export function validateConnectionSave(current: GlideRecord<'x_mlc_ifs_s2p_connection'>): void {
    const problems = validateConnectionForm({
        page_size: current.getValue('page_size'),
        request_ceiling: current.getValue('request_ceiling'),
        tenant_url: current.getValue('tenant_url'),
        allowed_host_suffix: current.getValue('allowed_host_suffix'),
    })
    if (problems.length === 0) return
    for (const problem of problems) gs.addErrorMessage(problem.message)
    current.setAbortAction(true)
}
