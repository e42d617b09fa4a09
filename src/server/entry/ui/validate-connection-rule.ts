import type { GlideRecord } from '@servicenow/glide'
import { SETTING_FIELDS, checkConnectionSettings } from '../../core/config/connection-rules'
import { refuseInvalidSave } from './refuse-invalid-save'

/**
 * Before insert/update of a connection: the rule table's checks, the very ones the form's client
 * script (generated from the same table) shows before the save, enforced on the server so that no
 * save path (list edit, import, REST, a script) stores a bad setting. The connector's own writes
 * (status, lease) do not reach this rule: GlideStore turns business rules off on its own tables.
 */
export function validateConnectionSave(current: GlideRecord<'x_mlc_ifs_s2p_connection'>): void {
    refuseInvalidSave(current, SETTING_FIELDS, checkConnectionSettings)
}
