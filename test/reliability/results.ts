import type { ScenarioResult } from '../../src/local/faults/summary'

/** Lines of the summary table, collected by the scenarios of the suite file that runs them (one jest module each). */
const RESULTS: ScenarioResult[] = []

export function recordResult(result: ScenarioResult): void {
    RESULTS.push(result)
}

export function results(): readonly ScenarioResult[] {
    return RESULTS
}

/** Records a scenario that refuses its input: no runner killed, no record lost or doubled. */
export function recordRefusal(
    result: Omit<ScenarioResult, 'killPointsSurvived' | 'recordsLost' | 'recordsDoubled'>
): ScenarioResult {
    const recorded = { ...result, killPointsSurvived: 0, recordsLost: 0, recordsDoubled: 0 }
    recordResult(recorded)
    return recorded
}
