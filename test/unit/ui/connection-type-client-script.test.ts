// The server's message API, recording what the business rule shows (test/support/client-script-runs.ts).
jest.mock('@servicenow/glide', () => jest.requireActual('../../support/client-script-runs').glideShowingMessages())

import { TYPE_SETTING_FIELDS } from '../../../src/server/core/config/connection-type-rules'
import { validateConnectionTypeSave } from '../../../src/server/entry/ui/validate-connection-type-rule'
import { CONNECTION_TYPE } from '../../../src/tables'
import { CLIENT_SCRIPT, saveOnServer, submitInJsdom } from '../../support/client-script-runs'
import type { FormValues as Row, JsdomOutcome } from '../../support/client-script-runs'

// The connection document type row's form script, run in jsdom as a browser runs it (one child
// process for all submits, test/support/client-script-in-jsdom.js), against the row's business
// rule with the same values: the per-type settings that were connection columns until issue 15.

/** A valid row as g_form.getValue gives it. */
const GOOD: Row = {
    object_type: 'purchase_order',
    active: 'true',
    entity_set_path: 'PurchaseOrderHandling.svc/PurchaseOrderSet',
    target_table: 'proc_po',
    source_overrides: '',
}

const GOOD_ROWS: [string, Row][] = [
    ['the defaults', {}],
    ['an inactive type', { active: 'false' }],
    ['empty entity set and target (the defaults apply)', { entity_set_path: '', target_table: '' }],
    ['key segments with numbers', { entity_set_path: 'P.svc/Orders(7)/Lines' }],
    ['another preset’s table', { object_type: 'supplier_invoice', target_table: 'sn_shop_invoice' }],
    ['empty overrides as JSON', { source_overrides: '{}' }],
]

const BAD: [field: string, value: string, message: string, others?: Row][] = [
    ['active', 'yes', 'Purchase order active must be true or false'],
    [
        'entity_set_path',
        'PurchaseOrderSet',
        'Purchase order entity set must look like <Projection>.svc/<EntitySet> (is "PurchaseOrderSet")',
    ],
    [
        'entity_set_path',
        'X.svc/../../admin',
        'Supplier invoice entity set must look like <Projection>.svc/<EntitySet> (is "X.svc/../../admin")',
        { object_type: 'supplier_invoice' },
    ],
    [
        'target_table',
        'Bad Table',
        'Supplier invoice target table must be a table name (is "Bad Table")',
        { object_type: 'supplier_invoice' },
    ],
    ['target_table', 'proc_po;drop', 'Purchase order target table must be a table name (is "proc_po;drop")'],
    [
        'source_overrides',
        '{"fields": ',
        'Purchase order IFS field overrides must be JSON, e.g. {"fields": {"grossAmount": "TotalAmount"}}',
    ],
]

const forms = [...GOOD_ROWS.map(([, changes]) => ({ ...GOOD, ...changes })), ...BAD.map(badRow)]
let outcomes: JsdomOutcome[] = []

function badRow([field, value, , others]: (typeof BAD)[number]): Row {
    return { ...GOOD, ...others, [field]: value }
}

beforeAll(() => {
    outcomes = submitInJsdom(forms.map((form) => ({ form, script: CLIENT_SCRIPT, table: CONNECTION_TYPE.name })))
    expect(outcomes).toHaveLength(forms.length)
})

/** The row as the server's business rule sees it. */
function save(row: Row): { aborted: boolean; messages: string[] } {
    return saveOnServer(row, CONNECTION_TYPE, validateConnectionTypeSave)
}

describe('the document type row form', () => {
    it.each(GOOD_ROWS.map(([title], i) => [title, i] as const))(
        'accepts %s in the browser and on the server',
        (_t, i) => {
            expect(outcomes[i].error).toBeUndefined()
            expect(outcomes[i]).toMatchObject({ allowed: true, fieldMessages: [] })
            expect(save(forms[i])).toEqual({ aborted: false, messages: [] })
        }
    )

    it.each(BAD.map((bad, i) => [bad[0], bad[1], bad[2], GOOD_ROWS.length + i] as const))(
        'refuses %s = %j with the same message in both places',
        (field, _value, message, i) => {
            expect(outcomes[i]).toMatchObject({ allowed: false, fieldMessages: [{ field, message }] })
            expect(save(forms[i])).toEqual({ aborted: true, messages: [message] })
        }
    )

    it('every editable column of the row is a checked setting with a refused value above', () => {
        const editable = Object.keys(CONNECTION_TYPE.columns).filter((c) => c !== 'connection')
        expect([...TYPE_SETTING_FIELDS].sort()).toEqual(editable.sort())
        const covered = new Set(BAD.map(([field]) => field))
        // The object type is a choice on the form; a foreign value is refused by parse (parse-connection.test).
        expect(TYPE_SETTING_FIELDS.filter((f) => !covered.has(f))).toEqual(['object_type'])
    })
})
