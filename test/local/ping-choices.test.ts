import * as path from 'path'
import type { FakeInstanceState } from '../support/fake-servicenow'
import { emulatorAndInstanceForFile, fakeInstanceSettings } from '../support/emulator-and-instance'
import { emulatorTenant } from '../support/emulator-for-block'
import { runCli, tempDir, writeJson } from '../support/run-cli'
import { IMPORT_TABLE_MODELS } from '../../src/local/s2p-model/import-tables'

/**
 * `ping --servicenow` reads choice values from sys_choice, so a field-map constant that is not a
 * choice of its column fails there as it does in Test connection; when the instance refuses
 * sys_choice, ping says so in a line of its own instead of passing the constants unchecked.
 * The fake instance's dictionary is the documentation's model of the import tables.
 */
const SECRET = `ping-choices-${process.pid}-${Date.now()}`
const SN_PASSWORD = `sn-choices-${process.pid}`
const INTERNAL_TYPE: Record<string, string> = {
    string: 'string',
    decimal: 'decimal',
    integer: 'integer',
    reference: 'reference',
    date: 'glide_date',
    datetime: 'glide_date_time',
    boolean: 'boolean',
}
const TABLES = ['sn_spend_intg_imp_invoice', 'sn_fcms_intg_imp_order']
const DICTIONARY = Object.fromEntries(
    TABLES.map((t) => [
        t,
        IMPORT_TABLE_MODELS[t].columns.map((c) => ({
            element: c.name,
            internal_type: INTERNAL_TYPE[c.kind] ?? 'string',
            max_length: String(c.maxLength ?? 40),
            mandatory: String(c.mandatory),
            choice: c.choices ? '1' : '0',
        })),
    ])
)
const CHOICES = Object.fromEntries(
    TABLES.map((t) => [
        t,
        IMPORT_TABLE_MODELS[t].columns.flatMap((c) => (c.choices ?? []).map((value) => ({ element: c.name, value }))),
    ])
)
const INSTANCE: FakeInstanceState = {
    user: 'svc_mlc',
    password: SN_PASSWORD,
    plugins: {},
    storeApps: {},
    tables: TABLES,
    columns: DICTIONARY,
    choices: CHOICES,
    roles: ['admin'],
}

const both = emulatorAndInstanceForFile({
    args: ['--invoices', '10', '--orders', '10'],
    clientSecret: SECRET,
    instance: INSTANCE,
})
let file: string

beforeAll(() => {
    file = writeJson(path.join(tempDir('mlc-ping-choices-'), 'config.json'), {
        name: 'Ping choices',
        ifs: emulatorTenant(both.emulator.url),
        companies: ['10'],
        database: 'ping.db',
        servicenow: fakeInstanceSettings(both.instance.url),
    })
})

/** The failing lines about choices: the choice check's own, or a constant's. */
async function choiceFailures(): Promise<string[]> {
    const result = await runCli(['ping', '--config', file, '--json'], {
        ML_CONNECTOR_CLIENT_SECRET: SECRET,
        SN_PW: SN_PASSWORD,
    })
    const checks = (JSON.parse(result.stdout) as { checks: { check: string; passed: boolean; reason: string }[] })
        .checks
    return checks.filter((c) => !c.passed && /choice/.test(c.check + c.reason)).map((c) => `${c.check}: ${c.reason}`)
}

test('reads sys_choice: the shipped constant is a choice, so no choice line fails', async () => {
    await both.instance.setState({ choices: CHOICES })
    expect(await choiceFailures()).toEqual([])
})

test('a constant that is not among the instance choices fails naming the choices it has', async () => {
    await both.instance.setState({
        choices: {
            ...CHOICES,
            sn_spend_intg_imp_invoice: [
                { element: 'u_invoice_type', value: 'debit_memo' },
                { element: 'u_invoice_type', value: 'credit_memo' },
            ],
        },
    })
    expect(await choiceFailures()).toEqual([
        'Field map s2p_import → sn_spend_intg_imp_invoice: column u_invoice_type: "invoice" is not a choice of sn_spend_intg_imp_invoice.u_invoice_type (debit_memo, credit_memo): change the constant in Target field mappings',
    ])
})

test('an instance that refuses sys_choice gets one line saying why the constants were not checked', async () => {
    await both.instance.setState({ choices: null })
    expect(await choiceFailures()).toEqual([
        "Choice values of the target columns (sys_choice) are readable: Table API sys_choice: HTTP 403 ACL (the user may not read sys_choice: an ACL or role is missing): constants were not checked against their columns' choices; let svc_mlc read sys_choice",
    ])
})
