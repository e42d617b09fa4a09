import { gs } from '@servicenow/glide'
import type { GlideRecord } from '@servicenow/glide'
import { refuseManualFlagEdit } from '../../core/actions/flag-edit-rules'

/**
 * Before update of a flag: refuses a state change (and a change of a closed flag's resolution note)
 * made by editing the record, with a message naming the action to use. The Retry and Ignore actions
 * and the sync job write through GlideStore with business rules off, so they are not refused here.
 */
export function guardFlagEdit(
    current: GlideRecord<'x_mlc_ifs_s2p_flag'>,
    previous: GlideRecord<'x_mlc_ifs_s2p_flag'>
): void {
    const refusal = refuseManualFlagEdit(
        { state: previous.getValue('state'), resolution_note: previous.getValue('resolution_note') },
        { state: current.getValue('state'), resolution_note: current.getValue('resolution_note') }
    )
    if (refusal === null) return
    gs.addErrorMessage(refusal)
    current.setAbortAction(true)
}
