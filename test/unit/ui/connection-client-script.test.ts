// The server's message API, recording what the business rule shows (test/support/client-script-runs.ts).
jest.mock('@servicenow/glide', () => jest.requireActual('../../support/client-script-runs').glideShowingMessages())

import { execFileSync } from 'child_process'
import * as path from 'path'
import { CONNECTION_RULES, SETTING_FIELDS } from '../../../src/server/core/config/connection-rules'
import { validateConnectionSave } from '../../../src/server/entry/ui/validate-connection-rule'
import { CONNECTION } from '../../../src/tables'
import { CLIENT_SCRIPT, saveOnServer, submitInJsdom } from '../../support/client-script-runs'
import { rowsAlike } from '../../support/maps-each'
import type { ClientOutcome, FormValues as Form, JsdomOutcome } from '../../support/client-script-runs'

// The connection form's client script, run as the browser runs it (a jsdom window with a g_form
// stand-in, test/support/client-script-in-jsdom.js), against the server's business rule with the
// same values. Expected messages are literals here. jsdom runs in one child Node process per file
// (jsdom 29 is loaded through require(esm), which jest's module system lacks), so the rest of the
// suite stays on jest's node environment: each form is registered while jest collects the tests
// and all of them are submitted, each in a fresh window, before the first test runs.

const ROOT = path.resolve(__dirname, '../../..')
const SCRIPT = CLIENT_SCRIPT

/** A complete, valid form as g_form.getValue gives it (booleans as 'true'/'false'). */
const GOOD: Form = {
    name: 'ACME IFS',
    active: 'true',
    tenant_url: 'https://acme.ifs.cloud',
    allowed_host_suffix: 'ifs.cloud',
    realm: 'acmeprod',
    token_url: '',
    oauth_profile: '0123456789abcdef0123456789abcdef',
    client_id: 'ml-connector',
    companies: '10,20',
    supplier_entity_set: 'SuppliersHandling.svc/SupplierInfoGeneralSet',
    gl_account_entity_set: "CodePartValuesHandling.svc/CompanyFinanceSet(Company='{company}')/CodeAArray",
    cost_center_entity_set: "CodePartValuesHandling.svc/CompanyFinanceSet(Company='{company}')/CodeBArray",
    field_map_preset: 'brief',
    page_size: '5000',
    request_ceiling: '1000',
    time_budget_seconds: '240',
    overlap_seconds: '0',
    dry_run: 'false',
}

const pending: { form: Form; script: string }[] = []
let submitted: JsdomOutcome[] | undefined

/**
 * Registers a browser submit of `form` with `script`; the returned function, called inside a test,
 * gives what the user saw: whether the save went ahead, the field messages and the banners.
 */
function submitLater(form: Form, script = SCRIPT): () => ClientOutcome {
    const index = pending.push({ form: { ...form }, script }) - 1
    return () => {
        if (!submitted) throw new Error('the jsdom submits have not run (beforeAll failed?)')
        const { error, rendered, ...outcome } = submitted[index]
        if (error) throw new Error('the client script threw in jsdom: ' + error)
        // What the document shows under the fields is exactly what the script asked g_form to show.
        expect(rendered).toEqual(outcome.fieldMessages)
        return outcome
    }
}

beforeAll(() => {
    submitted = submitInJsdom(pending)
    expect(submitted).toHaveLength(pending.length)
})

/** The same form as the server's business rule sees it. */
function save(form: Form): { aborted: boolean; messages: string[] } {
    return saveOnServer(form, CONNECTION, validateConnectionSave)
}

describe('the generated client script', () => {
    it('is up to date with the rule table (npm run build:client regenerates it)', () => {
        expect(() =>
            execFileSync(process.execPath, ['scripts/build-client-scripts.js', '--check'], {
                cwd: ROOT,
                stdio: 'pipe',
            })
        ).not.toThrow()
    })

    it('defines onSubmit only, in ES5 syntax (no let/const/arrows/template strings)', () => {
        expect(SCRIPT).toMatch(/^function onSubmit\(\) \{$/m)
        const code = SCRIPT.split('\n')
            .filter((line) => !line.trim().startsWith('//'))
            .join('\n')
        expect(code).not.toMatch(/\b(const|let|class)\s/)
        expect(code).not.toContain('=>')
        expect(code).not.toContain('`')
    })
})

describe('good forms are saved by the browser and the server alike', () => {
    const goodForms: [string, Form][] = [
        ['the complete form', {}],
        [
            'grouped numbers as the form shows them',
            { page_size: '5,000', request_ceiling: '1,000', time_budget_seconds: '3,600' },
        ],
        ['the lower bounds', { page_size: '1', request_ceiling: '1', time_budget_seconds: '10', overlap_seconds: '0' }],
        [
            'the upper bounds',
            {
                overlap_seconds: '86400',
                time_budget_seconds: '3600',
                lookback_seconds: '86400',
                header_wait_hours: '720',
                removal_checks_per_run: '5000',
            },
        ],
        [
            'empty limits (the dictionary default applies)',
            { page_size: '', time_budget_seconds: '', overlap_seconds: '' },
        ],
        [
            'a token URL override under the suffix',
            { token_url: 'https://login.ifs.cloud/auth/realms/acme/protocol/openid-connect/token' },
        ],
        ['a private suffix', { allowed_host_suffix: 'corp.example', tenant_url: 'https://ifs.corp.example/' }],
        ['companies with spaces', { companies: ' 10 , 20,ACME_SE ' }],
        ['key segments with numbers', { supplier_entity_set: "S.svc/Set(A='x',B=2)" }],
        ['no client id', { client_id: '' }],
        ['another preset', { field_map_preset: 's2p_tables' }],
        [
            'a source mapping over several lines',
            {
                source_mapping:
                    '{\n  "masterData": {"fields": {"supplier": {"id": "VendorNo"}}, "codeParts": {"costCenter": "C"}}\n}',
            },
        ],
    ]
    it.each(goodForms.map(([title, changes]) => [title, changes, submitLater({ ...GOOD, ...changes })] as const))(
        '%s',
        (_title, changes, submit) => {
            const form = { ...GOOD, ...changes }
            const client = submit()
            expect(client).toEqual({ allowed: true, fieldMessages: [], banners: [] })
            expect(save(form)).toEqual({ aborted: false, messages: [] })
        }
    )
})

/** A value a setting refuses and the message it is refused with (a literal). */
type Refusal = [value: string, message: string]

/** Values each refused with `message` followed by the value quoted: `… (is "<value>")`. */
function refusedQuoted(message: string, ...values: string[]): Refusal[] {
    return values.map((value) => [value, `${message} (is "${value}")`])
}

/** Per setting, the values it refuses. */
const REFUSED: Record<string, Refusal[]> = {
    name: [
        ['', 'Name is required'],
        ['x'.repeat(101), 'Name is longer than 100 characters'],
        ['two\nlines', 'Name must not contain line breaks or control characters'],
    ],
    active: [['maybe', 'Active must be true or false']],
    tenant_url: [
        ['', 'Tenant URL is required, e.g. https://<tenant>.ifs.cloud'],
        ['http://acme.ifs.cloud', 'Tenant URL must start with https://'],
        ['https://user:pass@acme.ifs.cloud', 'Tenant URL must not contain a user name or password (user@host)'],
        [
            'https://acme.ifs.cloud.evil.example',
            'Tenant URL host "acme.ifs.cloud.evil.example" is not under the allowed suffix "ifs.cloud"',
        ],
        ['https://10.0.0.8', 'Tenant URL must name a host, not an IP address'],
        [
            'https://acme.ifs.cloud/main/ifsapplications',
            'Tenant URL must not have a path (only https://<tenant>.<suffix>)',
        ],
    ],
    allowed_host_suffix: [['cloud', 'Allowed host suffix "cloud" is not a DNS suffix like ifs.cloud']],
    realm: rowsAlike('Realm is required: letters, digits, "_", "-" or "." (the IFS IAM realm)', 'acme prod', ''),
    token_url: [
        [
            'https://u:secret@acme.ifs.cloud/auth/token',
            'Token URL override must not contain a user name or password (user@host)',
        ],
        [
            'https://login.evil.example/token',
            'Token URL override host "login.evil.example" is not under the allowed suffix "ifs.cloud"',
        ],
        ['http://acme.ifs.cloud/auth/token', 'Token URL override must start with https://'],
        ['https://acme.ifs.cloud', 'Token URL override must include the token endpoint path'],
        [
            'https://acme.ifs.cloud/a/../token',
            'Token URL override must not contain dot segments or empty path segments',
        ],
    ],
    oauth_profile: [
        ['', 'Choose the OAuth profile that holds the IFS client credentials'],
        ['profile', 'OAuth profile must be an OAuth profile record (a 32-character sys_id)'],
    ],
    client_id: [['my client', 'Client ID must not contain spaces']],
    token_scope: rowsAlike(
        'Token scope must be scope names separated by single spaces (no quotes or backslashes)',
        'openid  profile',
        'openid "x"'
    ),
    companies: [
        [' , ', 'List at least one IFS company id, comma-separated'],
        ...refusedQuoted('Companies has an empty entry: separate company ids by single commas', '10,,20', '10,'),
        ['10;20', 'Company id "10;20" has characters IFS does not use'],
        ["10,2'0", 'Company id "2\'0" has characters IFS does not use'],
        ['10,20,10', 'Company id "10" is listed twice'],
        ['1,'.repeat(500) + '1', 'Companies is longer than 1000 characters'],
    ],
    supplier_entity_set: refusedQuoted(
        'Supplier entity set must look like <Projection>.svc/<EntitySet>',
        'S.svc/Set?$top=1',
        'S.svc//Set'
    ),
    gl_account_entity_set: refusedQuoted(
        'GL account entity set must look like <Projection>.svc/<EntitySet>',
        'C.svc/Set({company})/CodeAArray'
    ),
    cost_center_entity_set: refusedQuoted(
        'Cost center entity set must look like <Projection>.svc/<EntitySet>',
        "C.svc/Set(Company='{company}'/CodeBArray",
        'C.svc/Set/'
    ),
    source_mapping: [
        ['{', 'IFS source mapping: is not JSON'],
        [
            '{"masterData": {"codeParts": {"costCenter": "Z"}}}',
            'IFS source mapping: masterData: codeParts.costCenter: must be one code-part letter, A to J',
        ],
        [
            '{"objects": {"supplier_invoices": {"fields": {"grossAmount": "Total"}}}}',
            'IFS source mapping: objects.supplier_invoices: unknown key "supplier_invoices"; did you mean "supplier_invoice"?',
        ],
        [
            '{"masterData": {"codeParts": {"glAccount": "B"}}, "objects": {"purchase_order": {"stamp": "Changed"}}}',
            'IFS source mapping: masterData: codeParts: the GL account and the cost center are both code part B; objects.purchase_order: stamp: must be a JSON object',
        ],
    ],
    field_map_preset: [['custom', 'Field map preset must be one of s2p_import, s2p_tables, legacy_procurement, brief']],
    erp_source: [['IFS Cloud', 'ERP source must be an ERP source record (a 32-character sys_id)']],
    external_invoice_source: [
        ['x'.repeat(101), 'External invoice source is longer than 100 characters'],
        ['IFS\tCloud', 'External invoice source must not contain line breaks or control characters'],
    ],
    transform_mode: [['later', 'Transform staged rows must be one of run_now, platform_schedule']],
    page_size: refusedQuoted('Page size must be a whole number from 1 to 5000', '0', '5001', '50 00'),
    request_ceiling: refusedQuoted('Requests per minute must be a whole number from 1 to 1000', '1001', '1,0'),
    time_budget_seconds: refusedQuoted(
        'Time budget per run (s) must be a whole number from 10 to 3600',
        ...['-5', '0', '9', '3601', '60.5', 'abc']
    ),
    overlap_seconds: refusedQuoted(
        'Clock-skew overlap (s) must be a whole number from 0 to 86400',
        ...['ten', '-1', '86401', '1e3']
    ),
    lookback_seconds: refusedQuoted('Lookback window (s) must be a whole number from 0 to 86400', '-1', '86401', '1.5'),
    header_wait_hours: refusedQuoted(
        'Line waits for its document (h) must be a whole number from 0 to 720',
        '-1',
        '721'
    ),
    removal_checks_per_run: refusedQuoted('Removal checks per run must be a whole number from 0 to 5000', '-1', '5001'),
    dry_run: [['sometimes', 'Dry run (read and validate, stage nothing) must be true or false']],
}

/** [field, bad value, the message (literal)], one a refusal. */
const BAD = Object.entries(REFUSED).flatMap(([field, refusals]) =>
    refusals.map(([value, message]) => [field, value, message] as const)
)

describe('a bad setting is refused in the browser and on the server with the same message', () => {
    // Every row gets its fourth element: with fewer, jest would pass `done` as the fourth argument.
    const rows = BAD.map(
        ([field, value, message]) => [field, value, message, submitLater({ ...GOOD, [field]: value })] as const
    )
    it.each(rows)('%s = %j', (field, value, message, submit) => {
        const form = { ...GOOD, [field]: value }
        const client = submit()
        expect(client.allowed).toBe(false)
        expect(client.fieldMessages).toEqual([{ field, message, type: 'error' }])
        expect(client.banners).toEqual([message])
        expect(save(form)).toEqual({ aborted: true, messages: [message] })
    })

    it('every setting on the form has at least one refused value above', () => {
        const covered = new Set(BAD.map(([field]) => field))
        expect(SETTING_FIELDS.filter((f) => !covered.has(f))).toEqual([])
    })

    it('every editable column of the connection table is a checked setting', () => {
        const editable = Object.entries(CONNECTION.columns)
            .filter(([, column]) => !(column.options as { readOnly?: boolean }).readOnly)
            .map(([name]) => name)
        expect([...SETTING_FIELDS].sort()).toEqual(editable.sort())
        expect(new Set(CONNECTION_RULES.map((r) => r.field))).toEqual(new Set(SETTING_FIELDS))
    })

    const manyProblems = { ...GOOD, tenant_url: 'https://u:p@acme.ifs.cloud', page_size: '0', companies: '' }
    const submitManyProblems = submitLater(manyProblems)
    it('reports every problem at once, in form order, and clears the previous messages', () => {
        const form = manyProblems
        const client = submitManyProblems()
        expect(client.allowed).toBe(false)
        expect(client.fieldMessages.map((m) => m.field)).toEqual(['tenant_url', 'companies', 'page_size'])
        expect(save(form).messages).toEqual(client.banners)
        expect(client.banners).toHaveLength(3)
    })

    const submitOversized = submitLater({ ...GOOD, supplier_entity_set: 'P.svc/' + 'A'.repeat(200) + '?' })
    it('never echoes a whole oversized value (quoted values are cut at 60 characters)', () => {
        const client = submitOversized()
        expect(client.fieldMessages).toHaveLength(1)
        expect(client.fieldMessages[0].message.length).toBeLessThan(150)
        expect(client.fieldMessages[0].message).not.toContain('A'.repeat(100))
        expect(client.fieldMessages[0].message).toContain('..."')
    })
})

describe('the harness notices a broken client script', () => {
    // The checks above would let a broken script pass if submit() could not see a refusal.
    const refusesLater = (script: string) => {
        const submit = submitLater({ ...GOOD, time_budget_seconds: '-5' }, script)
        return () => {
            const outcome = submit()
            return outcome.allowed === false && outcome.fieldMessages.length === 1
        }
    }
    const refusesWithGoodScript = refusesLater(SCRIPT)

    it.each(
        (
            [
                ['allows every save', (s: string) => s.replace('return problems.length === 0;', 'return true;')],
                ['shows no field message', (s: string) => s.replace(/g_form\.showFieldMsg\([^;]*;/, '')],
                ['skips the number rule', (s: string) => s.replace('n < min || n > max', 'false')],
            ] as const
        ).map(([title, mutate]) => [title, mutate(SCRIPT), refusesLater(mutate(SCRIPT))] as const)
    )('a script that %s is caught', (_title, mutated, refusesWithMutated) => {
        expect(mutated).not.toBe(SCRIPT)
        expect(refusesWithGoodScript()).toBe(true)
        expect(refusesWithMutated()).toBe(false)
    })
})
