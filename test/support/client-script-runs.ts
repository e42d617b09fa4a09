import { execFileSync } from 'child_process'
import * as fs from 'fs'
import * as path from 'path'
import type { TableSpec } from '../../src/tables/column-spec'

// What the tests of the generated onSubmit client script share: the script itself (one file serves
// the connection form and the document type row form), the stand-in for the server's message API
// and the jsdom runs (test/support/client-script-in-jsdom.js, one child process per test file).

const ROOT = path.resolve(__dirname, '../..')

/** The generated client script both ClientScript records include. */
export const CLIENT_SCRIPT = fs.readFileSync(
    path.join(ROOT, 'src/fluent/client/connection-settings-validation.js'),
    'utf8'
)

/**
 * The module `@servicenow/glide` as the business rules under test see it: gs.addErrorMessage
 * records into `__shown`. Use as `jest.mock('@servicenow/glide', () => require(<this file>).glideShowingMessages())`.
 */
export function glideShowingMessages() {
    const shown: string[] = []
    return {
        gs: { addErrorMessage: (text: string) => shown.push(text), addInfoMessage: () => undefined },
        __shown: shown,
    }
}

/** A form's values as g_form.getValue gives them: field → text (booleans as 'true'/'false'). */
export type FormValues = Record<string, string>

/** One browser submit: the form's values, the script, the form's table. */
export interface ClientRun {
    form: FormValues
    script: string
    table?: string
}

export interface ClientOutcome {
    allowed: unknown
    fieldMessages: { field: string; message: string; type: string }[]
    banners: string[]
}

export interface JsdomOutcome extends ClientOutcome {
    /** The field messages found in the window's document after the submit. */
    rendered: ClientOutcome['fieldMessages']
    error?: string
}

/** Submits every run, each in a fresh jsdom window, and gives the outcomes in order. */
export function submitInJsdom(runs: readonly ClientRun[]): JsdomOutcome[] {
    const scripts = [...new Set(runs.map((run) => run.script))]
    const input = JSON.stringify({
        scripts,
        runs: runs.map((run) => ({ form: run.form, script: scripts.indexOf(run.script), table: run.table })),
    })
    const runner = path.join(ROOT, 'test/support/client-script-in-jsdom.js')
    const output = execFileSync(process.execPath, [runner], { cwd: ROOT, input, maxBuffer: 64 * 1024 * 1024 })
    return JSON.parse(output.toString('utf8')) as JsdomOutcome[]
}

/**
 * The same form saved on the server: the record gives null for an empty value and '1'/'0' for
 * `table`'s boolean columns, as GlideRecord does; `rule` is the table's before business rule. What
 * the rule did: whether it aborted the save and the messages it showed (gs.addErrorMessage).
 */
export function saveOnServer(
    form: Readonly<Record<string, string>>,
    table: TableSpec,
    rule: (record: never) => void
): { aborted: boolean; messages: string[] } {
    const shown = (jest.requireMock('@servicenow/glide') as ReturnType<typeof glideShowingMessages>).__shown
    shown.length = 0
    const record = {
        aborted: false,
        getValue: (field: string) => {
            const v = form[field] ?? ''
            if (v === '') return null
            if (table.columns[field]?.type === 'boolean') return v === 'true' ? '1' : v === 'false' ? '0' : v
            return v
        },
        setAbortAction: (abort: boolean) => {
            record.aborted = abort
        },
    }
    rule(record as never)
    return { aborted: record.aborted, messages: [...shown] }
}
