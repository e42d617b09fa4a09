/** What one scenario of the reliability suite (or one soak round) found. */
export interface ScenarioResult {
    name: string
    /** Faults the emulator fired plus crash points that killed the runner. */
    faultsInjected: number
    /** Runner processes killed (SIGKILL) after which a later run finished the job. */
    killPointsSurvived: number
    recordsLost: number
    recordsDoubled: number
    secretsFound: number
    /** Staged records whose values differ from the emulator's manifest, or documents given the wrong outcome. */
    recordsWrong?: number
    /**
     * The class of failure a scenario attacks (the hardening issue's numbered classes, e.g.
     * 'encoded secret echoes'); the summary counts scenarios, inputs and failures per class.
     */
    attackClass?: string
    /** How many distinct hostile inputs the scenario tried (1 when not stated). */
    inputs?: number
    /** Other failures the scenario found beyond lost/doubled/secrets (a wrong exit code, a blocked partition...). */
    otherFailures?: number
}

export interface SuiteTotals {
    scenarios: number
    faultsInjected: number
    killPointsSurvived: number
    recordsLost: number
    recordsDoubled: number
    secretsFound: number
    recordsWrong: number
}

export function totalsOf(results: readonly ScenarioResult[]): SuiteTotals {
    const sum = (f: (r: ScenarioResult) => number) => results.reduce((n, r) => n + f(r), 0)
    return {
        scenarios: results.length,
        faultsInjected: sum((r) => r.faultsInjected),
        killPointsSurvived: sum((r) => r.killPointsSurvived),
        recordsLost: sum((r) => r.recordsLost),
        recordsDoubled: sum((r) => r.recordsDoubled),
        secretsFound: sum((r) => r.secretsFound),
        recordsWrong: sum((r) => r.recordsWrong ?? 0),
    }
}

/** The table the issue asks for: totals, each with what it must be, then one line per scenario. */
export function renderSummary(title: string, results: readonly ScenarioResult[]): string {
    const t = totalsOf(results)
    const rows: [string, string, string][] = [
        ['scenarios run', String(t.scenarios), ''],
        ['faults injected', String(t.faultsInjected), ''],
        ['kill points survived', String(t.killPointsSurvived), ''],
        ['records lost', String(t.recordsLost), 'must be 0'],
        ['records doubled', String(t.recordsDoubled), 'must be 0'],
        ['secrets found', String(t.secretsFound), 'must be 0'],
        ['records wrong (value or outcome)', String(t.recordsWrong), 'must be 0'],
    ]
    const w0 = Math.max(...rows.map((r) => r[0].length))
    const w1 = Math.max(...rows.map((r) => r[1].length))
    const lines = [title, '-'.repeat(title.length)]
    for (const [label, value, must] of rows) lines.push(`${label.padEnd(w0)}  ${value.padStart(w1)}  ${must}`.trimEnd())
    lines.push(...classRows(results))
    const bad = results.filter(
        (r) => r.recordsLost + r.recordsDoubled + r.secretsFound + (r.recordsWrong ?? 0) + (r.otherFailures ?? 0) > 0
    )
    lines.push('', 'per scenario (faults / kills / lost / doubled / secrets / wrong):')
    const wn = Math.max(0, ...results.map((r) => r.name.length))
    for (const r of results)
        lines.push(
            `  ${r.name.padEnd(wn)}  ${[r.faultsInjected, r.killPointsSurvived, r.recordsLost, r.recordsDoubled, r.secretsFound, r.recordsWrong ?? 0].join(' / ')}`
        )
    if (bad.length > 0) lines.push('', `FAILING: ${bad.map((r) => r.name).join(', ')}`)
    return lines.join('\n')
}

/** One row per attack class: scenarios, inputs tried, and what got through (all must be 0). */
function classRows(results: readonly ScenarioResult[]): string[] {
    const classes = [...new Set(results.map((r) => r.attackClass).filter((c): c is string => c !== undefined))]
    if (classes.length === 0) return []
    const rows = classes.map((c) => {
        const of = results.filter((r) => r.attackClass === c)
        const sum = (f: (r: ScenarioResult) => number) => of.reduce((n, r) => n + f(r), 0)
        const failed = sum(
            (r) => r.recordsLost + r.recordsDoubled + r.secretsFound + (r.recordsWrong ?? 0) + (r.otherFailures ?? 0)
        )
        return [c, String(of.length), String(sum((r) => r.inputs ?? 1)), String(failed)]
    })
    const header = ['attack class', 'scenarios', 'inputs', 'got through (must be 0)']
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
    const render = (r: string[]) =>
        `  ${r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ')}`
    return ['', 'per attack class:', render(header), ...rows.map(render)]
}
