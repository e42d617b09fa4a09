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
}

export interface SuiteTotals {
    scenarios: number
    faultsInjected: number
    killPointsSurvived: number
    recordsLost: number
    recordsDoubled: number
    secretsFound: number
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
    ]
    const w0 = Math.max(...rows.map((r) => r[0].length))
    const w1 = Math.max(...rows.map((r) => r[1].length))
    const lines = [title, '-'.repeat(title.length)]
    for (const [label, value, must] of rows) lines.push(`${label.padEnd(w0)}  ${value.padStart(w1)}  ${must}`.trimEnd())
    const bad = results.filter((r) => r.recordsLost + r.recordsDoubled + r.secretsFound > 0)
    lines.push('', 'per scenario (faults / kills / lost / doubled / secrets):')
    const wn = Math.max(0, ...results.map((r) => r.name.length))
    for (const r of results)
        lines.push(
            `  ${r.name.padEnd(wn)}  ${[r.faultsInjected, r.killPointsSurvived, r.recordsLost, r.recordsDoubled, r.secretsFound].join(' / ')}`
        )
    if (bad.length > 0) lines.push('', `FAILING: ${bad.map((r) => r.name).join(', ')}`)
    return lines.join('\n')
}
