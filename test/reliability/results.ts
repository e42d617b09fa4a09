import type { ScenarioResult } from '../../src/local/faults/summary'

/** Lines of the summary table, collected by the scenarios of the suite file that runs them (one jest module each). */
const RESULTS: ScenarioResult[] = []

export function recordResult(result: ScenarioResult): void {
    RESULTS.push(result)
}

export function results(): readonly ScenarioResult[] {
    return RESULTS
}
