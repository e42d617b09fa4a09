import type { GlideAction, GlideRecord } from '@servicenow/glide'
import { ignoreSelectedFlags, queueFlagRetry, retryFlags } from '../../core/actions/flag-work'
import { createGlidePorts } from '../../glide/create-glide-ports'
import { currentUserName, showMessages } from './show-messages'

// Server side of the flag UI actions. On a list selection the platform calls the script once per
// selected record with that record as `current`.

/** "Retry" on the form: re-read this document from IFS now and stage it if it passes. */
export function onRetryFlag(current: GlideRecord<'x_mlc_ifs_s2p_flag'>, action: GlideAction): void {
    showMessages(retryFlags(createGlidePorts(), [current.getUniqueValue()], currentUserName()))
    action.setRedirectURL(current)
}

/** "Retry" on a list selection: mark for retry and queue a run, which retries them in one batch. */
export function onRetryFlagInList(current: GlideRecord<'x_mlc_ifs_s2p_flag'>): void {
    showMessages(queueFlagRetry(createGlidePorts(), [current.getUniqueValue()], currentUserName()))
}

/** "Ignore" on the form: the reason is the record's Resolution note, required. */
export function onIgnoreFlag(current: GlideRecord<'x_mlc_ifs_s2p_flag'>, action: GlideAction): void {
    ignoreOne(current)
    action.setRedirectURL(current)
}

/** "Ignore" on a list selection: no redirect, which would open the last row's form instead of the list. */
export function onIgnoreFlagInList(current: GlideRecord<'x_mlc_ifs_s2p_flag'>): void {
    ignoreOne(current)
}

function ignoreOne(current: GlideRecord<'x_mlc_ifs_s2p_flag'>): void {
    const reason = current.getValue('resolution_note') ?? ''
    showMessages(ignoreSelectedFlags(createGlidePorts(), [current.getUniqueValue()], reason, currentUserName()))
}
