import { FLAG_STATE_CHOICES } from '../../../tables/flag'

/** The fields of a flag the guard compares, as getValue gives them (null when empty). */
export interface FlagEditView {
    state: string | null
    resolution_note: string | null
}

const CLOSED = ['resolved', 'ignored']

function label(state: string | null): string {
    const choice = state === null ? undefined : FLAG_STATE_CHOICES[state as keyof typeof FLAG_STATE_CHOICES]
    return choice ? choice.label : String(state)
}

/**
 * Why a manual edit of a flag is refused, or null when it may be saved. The connector's own writes
 * (the sync job, Retry, Ignore) never reach this check: they go through GlideStore, which turns
 * business rules off on the app's tables. Everything that does reach it (form, list edit, REST,
 * import, another script) is a person's edit, and a person changes a flag's state only through the
 * actions, which record the reason and an audit row.
 */
export function refuseManualFlagEdit(before: FlagEditView, after: FlagEditView): string | null {
    const from = before.state ?? 'open'
    const to = after.state ?? 'open'
    if (from !== to) {
        const change = `State cannot be changed from ${label(from)} to ${label(to)} by editing the flag.`
        if (to === 'ignored')
            return `${change} Use the Ignore action to close a flag: it records your reason and an audit row.`
        if (to === 'resolved')
            return `${change} A flag is resolved when its document is staged: fix the master data and use the Retry action.`
        return `${change} Use the Retry action to re-check a flag: it re-reads the document from IFS and records the outcome.`
    }
    const note = (after.resolution_note ?? '').trim()
    const was = (before.resolution_note ?? '').trim()
    if (CLOSED.indexOf(from) >= 0 && note !== was)
        return `This flag is ${label(from)}: its resolution note is the record of why it was closed and cannot be changed.`
    return null
}
