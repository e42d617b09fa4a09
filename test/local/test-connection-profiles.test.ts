import * as path from 'path'
import { parseLocalConfig } from '../../src/local/cli/local-config'
import { openRuntime } from '../../src/local/cli/local-runtime'
import { testConnection } from '../../src/server/core/actions/test-connection'
import { emulatorTenant } from '../support/emulator-for-block'
import { PROFILES, altExampleConfig, emulatorPerProfile } from '../support/profile-emulators'
import type { Profile } from '../support/profile-emulators'

/**
 * Issue 16's "Test connection passes against both emulator profiles": the form's Test connection
 * action (the same core function the instance's UI action calls) run over the local runtime's ports
 * against each profile, configured by the config file alone, and failing with a suggestion when one
 * mapped name is not in the tenant's $metadata.
 */
jest.setTimeout(120_000)

const SECRET = `tc-profiles-${process.pid}-${Date.now().toString(36)}`

const rig = emulatorPerProfile({
    tempPrefix: 'mlc-test-connection-',
    args: ['--seed', '5', '--invoices', '20', '--orders', '10'],
    clientSecret: SECRET,
})
const { emulators } = rig

/** The default profile needs no mapping; ifs-alt takes the shipped example with its URL and database changed. */
function rawConfig(profile: Profile): Record<string, unknown> {
    const url = emulators[profile]!.url
    const database = path.join(rig.dir, `${profile}-${Math.random().toString(36).slice(2)}.db`)
    if (profile === 'ifs-cloud')
        return {
            name: 'Test connection',
            ifs: emulatorTenant(url),
            companies: ['10', '20'],
            database,
        }
    const example = altExampleConfig()
    return { ...example, name: 'Test connection', ifs: { ...example.ifs, url }, database }
}

function runTestConnection(raw: Record<string, unknown>): { level: string; text: string }[] {
    const runtime = openRuntime(parseLocalConfig(raw, rig.dir), {
        logLevel: 'warn',
        env: { ...process.env, ML_CONNECTOR_CLIENT_SECRET: SECRET },
        writeConnection: true,
    })
    try {
        return testConnection(runtime.ports, runtime.connectionSysId)
    } finally {
        runtime.close()
    }
}

describe.each(PROFILES)('Test connection against the %s profile', (profile) => {
    it('passes every check when the mapping matches the tenant', () => {
        const messages = runTestConnection(rawConfig(profile))
        expect(messages.filter((m) => m.level === 'error')).toEqual([])
        expect(messages[0].text).toMatch(/^Test connection: all \d+ checks passed\.$/)
        // The IFS side was really asked: the $metadata check of the invoices' query is among the lines.
        expect(messages.some((m) => /^Passed: .*\$metadata/.test(m.text))).toBe(true)
    })
})

it('fails naming the mapped field the tenant lacks, with the nearest name it has', () => {
    const raw = rawConfig('ifs-cloud')
    raw.objects = { supplierInvoices: { source: { fields: { createdAt: 'CreationDat' } } } }
    const messages = runTestConnection(raw)
    expect(messages[0].level).toBe('error')
    const failed = messages.filter((m) => m.text.startsWith('Failed: '))
    expect(failed.length).toBeGreaterThan(0)
    expect(failed.map((m) => m.text).join('\n')).toMatch(/`CreationDat`.*did you mean `CreationDate`\?/s)
})

it('checks the receipt set’s names against $metadata like the other types’, with the nearest name', () => {
    const raw = rawConfig('ifs-cloud')
    raw.objects = { receipts: { source: { fields: { quantityReceived: 'QtyArrivd' } } } }
    const failed = runTestConnection(raw).filter((m) => m.text.startsWith('Failed: '))
    expect(failed.map((m) => m.text).join('\n')).toMatch(/`QtyArrivd`.*did you mean `QtyArrived`\?/s)
})

it('says receipts are off, and why, under a preset with no receipt table', () => {
    const raw = { ...rawConfig('ifs-cloud'), fieldMapPreset: 'brief' }
    const texts = runTestConnection(raw).map((m) => m.text)
    expect(texts).toContain(
        'Passed: Receipts are off under field map preset brief (not staged: the product brief names no receipt table)'
    )
    // Nothing is asked of IFS for them.
    expect(texts.filter((t) => t.includes('PurchaseReceiptSet'))).toEqual([])
})
