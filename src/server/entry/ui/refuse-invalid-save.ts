import { gs } from '@servicenow/glide'
import type { ConfigError } from '../../core/config/config-error'
import type { SettingValues } from '../../core/config/connection-rules'

/** The parts of a before-rule's `current` a save check uses. */
interface SavedRecord {
    getValue(field: string): string | null
    setAbortAction(abort: boolean): void
}

/**
 * A before insert/update rule's body: reads `fields`, runs `check` (a rule table's, the one the
 * form's generated client script runs) and refuses the save with every message it returns.
 */
export function refuseInvalidSave(
    current: SavedRecord,
    fields: readonly string[],
    check: (values: SettingValues) => readonly ConfigError[]
): void {
    const values: Record<string, string | null> = {}
    for (const field of fields) values[field] = current.getValue(field)
    const problems = check(values)
    if (problems.length === 0) return
    for (const problem of problems) gs.addErrorMessage(problem.message)
    current.setAbortAction(true)
}
