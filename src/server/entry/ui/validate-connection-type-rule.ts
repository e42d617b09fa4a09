import { gs } from '@servicenow/glide'
import type { GlideRecord } from '@servicenow/glide'
import type { SettingValues } from '../../core/config/connection-rules'
import { TYPE_SETTING_FIELDS, checkConnectionTypeSettings } from '../../core/config/connection-type-rules'

/**
 * Before insert/update of a connection document type row: the type rule table's checks, the ones
 * the row form's generated client script shows before the save, enforced on the server for every
 * save path (related list edit, import, REST, a script). The unique index refuses a second row
 * for the same connection and type.
 */
export function validateConnectionTypeSave(current: GlideRecord<'x_mlc_ifs_s2p_connection_type'>): void {
    const values: Record<string, string | null> = {}
    for (const field of TYPE_SETTING_FIELDS) values[field] = current.getValue(field)
    const problems = checkConnectionTypeSettings(values as SettingValues)
    if (problems.length === 0) return
    for (const problem of problems) gs.addErrorMessage(problem.message)
    current.setAbortAction(true)
}
