import { renderSummary, totalsOf } from '../../src/local/faults/summary'
import { results } from './results'
import { hardeningSecretsScenarios } from './scenarios/hardening-secrets'
import { hardeningBadInputScenarios } from './scenarios/hardening-bad-input'
import { hardeningRecordScenarios } from './scenarios/hardening-records'
import { hardeningInstanceScenarios } from './scenarios/hardening-instance'
import { hostileInputScenarios } from './scenarios/hostile-input'
import { killPointScenarios } from './scenarios/kill-points'
import { networkFaultScenarios } from './scenarios/network-faults'
import { refusalScenarios } from './scenarios/refusals'

/**
 * The reliability and security suite (issue 9), end to end: the built CLI in child processes, the
 * IFS emulator in another, over real HTTP and a real SQLite file. One file, so that the scenarios
 * run one after another (they spawn processes; the machine is small) and the summary table below
 * sees every result. `npx jest test/reliability -t <name>` runs a subset.
 */
jest.setTimeout(120_000)

networkFaultScenarios()
killPointScenarios()
hostileInputScenarios()
refusalScenarios()
hardeningSecretsScenarios()
hardeningBadInputScenarios()
hardeningRecordScenarios()
hardeningInstanceScenarios()

afterAll(() => {
    const all = results()
    if (all.length === 0) return
    process.stdout.write(`\n${renderSummary('ml-connector reliability suite', all)}\n\n`)
    const t = totalsOf(all)
    const other = all.reduce((n, r) => n + (r.otherFailures ?? 0), 0)
    expect({
        lost: t.recordsLost,
        doubled: t.recordsDoubled,
        wrong: t.recordsWrong,
        secrets: t.secretsFound,
        other,
    }).toEqual({
        lost: 0,
        doubled: 0,
        wrong: 0,
        secrets: 0,
        other: 0,
    })
})
