import { renderSummary, totalsOf } from '../../src/local/faults/summary'
import { results } from './results'

/**
 * One part of the reliability and security suite (issue 9), end to end: the built CLI in child
 * processes, the IFS emulator in another, over real HTTP and a real SQLite file. The suite is cut
 * into several files so jest runs them side by side: most of a scenario's time is spent waiting
 * (Retry-After, slow pages, process start-up), not computing. Scenarios within a file run one after
 * another, and the file's summary table below sees every result of its scenarios.
 * `npx jest test/reliability -t <name>` runs a subset.
 */
export function reliabilitySuite(title: string, scenarioGroups: readonly (() => void)[]): void {
    jest.setTimeout(120_000)
    for (const group of scenarioGroups) group()
    afterAll(() => {
        const all = results()
        if (all.length === 0) return
        process.stdout.write(`\n${renderSummary(`ml-connector reliability suite: ${title}`, all)}\n\n`)
        const t = totalsOf(all)
        const other = all.reduce((n, r) => n + (r.otherFailures ?? 0), 0)
        expect({
            lost: t.recordsLost,
            doubled: t.recordsDoubled,
            wrong: t.recordsWrong,
            secrets: t.secretsFound,
            other,
        }).toEqual({ lost: 0, doubled: 0, wrong: 0, secrets: 0, other: 0 })
    })
}
