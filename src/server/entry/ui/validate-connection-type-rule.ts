import type { GlideRecord } from '@servicenow/glide'
import { TYPE_SETTING_FIELDS, checkConnectionTypeSettings } from '../../core/config/connection-type-rules'
import { refuseInvalidSave } from './refuse-invalid-save'

/**
 * Before insert/update of a connection document type row: the type rule table's checks, the ones
 * the row form's generated client script shows before the save, enforced on the server for every
 * save path (related list edit, import, REST, a script). The unique index refuses a second row
 * for the same connection and type.
 */
export function validateConnectionTypeSave(current: GlideRecord<'x_mlc_ifs_s2p_connection_type'>): void {
    refuseInvalidSave(current, TYPE_SETTING_FIELDS, checkConnectionTypeSettings)
}
