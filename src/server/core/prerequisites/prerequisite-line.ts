/** One line of the prerequisite checklist, shown on the connection form and in the run record. */
export interface PrerequisiteLine {
    /** What was checked, e.g. `Plugin com.snc.procurement is active`. */
    check: string
    passed: boolean
    /** Why it failed and what to do, or what was found when it passed. */
    reason: string
}

export function missingOf(lines: readonly PrerequisiteLine[]): PrerequisiteLine[] {
    return lines.filter((line) => !line.passed)
}

/** The message a run ends with when something is missing: every missing item, one per line. */
export function describeMissing(lines: readonly PrerequisiteLine[]): string {
    const missing = missingOf(lines)
    if (missing.length === 0) return 'All prerequisites are met.'
    return ['Prerequisites missing:', ...missing.map((line) => `- ${line.check}: ${line.reason}`)].join('\n')
}
