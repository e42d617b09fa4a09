/**
 * Runs a ServiceNow client script's onSubmit() in a jsdom browser window with a small g_form
 * stand-in, for test/unit/ui/connection-client-script.test.ts.
 *
 * A separate plain-Node process because jsdom 29 loads ES modules (parse5, @exodus/bytes, ...)
 * through require(esm), which Node 20 supports and jest's CommonJS module system does not. One
 * process serves a whole test file: stdin is { scripts: string[], runs: { form, script }[] }
 * (script = an index into scripts; table = the form's table, the connection table when absent), stdout
 * is one outcome per run, in order.
 */
const { JSDOM } = require('jsdom')

/** One submit in a fresh window: the g_form calls the script may make; anything else throws. */
function submit(script, form, table = 'x_mlc_ifs_s2p_connection') {
    const values = { ...form }
    const outcome = { allowed: undefined, fieldMessages: [], banners: [], rendered: [] }
    const { window } = new JSDOM(`<!doctype html><form id="${table}"></form>`, {
        runScripts: 'outside-only',
    })
    const page = window.document
    const g_form = {
        getTableName: () => table,
        getValue: (field) => (Object.prototype.hasOwnProperty.call(values, field) ? values[field] : ''),
        setValue: (field, value) => {
            values[field] = value
        },
        // Rendered under the form as the platform shows it; the test compares the two views.
        showFieldMsg: (field, message, type) => {
            outcome.fieldMessages.push({ field, message, type })
            const shown = page.createElement('div')
            shown.className = 'fieldmsg ' + type
            shown.dataset.field = field
            shown.textContent = message
            page.forms[0].appendChild(shown)
        },
        hideAllFieldMsgs: () => {
            outcome.fieldMessages = []
            page.querySelectorAll('.fieldmsg').forEach((node) => node.remove())
        },
        clearMessages: () => {
            outcome.banners = []
        },
        addErrorMessage: (message) => outcome.banners.push(message),
    }
    window.g_form = g_form
    window.eval(script)
    outcome.allowed = window.eval('onSubmit()')
    outcome.rendered = [...page.querySelectorAll('.fieldmsg')].map((node) => ({
        field: node.dataset.field,
        message: node.textContent,
        type: node.className.replace('fieldmsg ', ''),
    }))
    window.close()
    return outcome
}

function main() {
    const chunks = []
    process.stdin.on('data', (chunk) => chunks.push(chunk))
    process.stdin.on('end', () => {
        const { scripts, runs } = JSON.parse(Buffer.concat(chunks).toString('utf8'))
        const outcomes = runs.map((run) => {
            try {
                return submit(scripts[run.script], run.form, run.table)
            } catch (error) {
                return { error: String(error && error.stack ? error.stack : error) }
            }
        })
        process.stdout.write(JSON.stringify(outcomes))
    })
}

main()
