import * as fs from 'fs'
import * as path from 'path'
import { FIELD_MAPS } from '../../src/server/core/staging/field-maps'
import { REST_MESSAGE_METHOD, REST_MESSAGE_NAME } from '../../src/server/glide/rest-message'
import { APP_TABLES, CONNECTION, FLAG, STAGING_KEY } from '../../src/tables'
import type { ColumnSpec } from '../../src/tables'
import { BuildOutput } from './build-output'
import type { BuiltRecord } from './build-output'

/**
 * Contract over the build output (dist/app): every platform artifact the app ships is there, with
 * its roles. Run `npx now-sdk build` first (npm test does). Expectations are written out here, not
 * read from src/fluent, so that removing or loosening an artifact there fails this test.
 */
const ROOT = path.resolve(__dirname, '../../dist/app')
const PKG = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {
    name: string
    version: string
}
const MODULE_PREFIX = `x_mlc_ifs_s2p/${PKG.name}/${PKG.version}/`

const ADMIN = 'x_mlc_ifs_s2p.admin'
const AP = 'x_mlc_ifs_s2p.ap_user'
const INTEGRATION = 'x_mlc_ifs_s2p.integration'

let out: BuildOutput
beforeAll(() => {
    out = new BuildOutput(ROOT)
})

/** Every `require('<scope>/<pkg>/<ver>/<file>')` in a script, with the names it then calls. */
function requiredModules(script: string): string[] {
    return [...script.matchAll(/require\('([^']+)'\)/g)].map((m) => m[1])
}

function moduleAt(modulePath: string): BuiltRecord | undefined {
    return out.of('sys_module').find((m) => m.get('path') === modulePath)
}

/** The script calls `fn(args)` from a module that exists in the build and exports `fn`. */
function expectModuleCall(script: string, file: string, fn: string, args: string): void {
    const modulePath = MODULE_PREFIX + file
    expect(requiredModules(script)).toContain(modulePath)
    expect(script).toMatch(new RegExp(`\\b${fn}\\(${args.replace(/[()]/g, '\\$&')}\\)`))
    const module = moduleAt(modulePath)
    expect(module).toBeDefined()
    expect(module!.get('content')).toMatch(new RegExp(`export function ${fn}\\(`))
}

describe('tables', () => {
    const DICTIONARY_TYPE: Record<ColumnSpec['type'], string> = {
        string: 'string',
        multiline: 'multi_two_lines',
        url: 'url',
        json: 'json',
        integer: 'integer',
        decimal: 'decimal',
        boolean: 'boolean',
        date: 'glide_date',
        datetime: 'glide_date_time',
        choice: 'choice',
        reference: 'reference',
    }

    it.each(APP_TABLES.map((t) => [t.name, t] as const))('%s exists with every column of src/tables', (name, spec) => {
        expect(out.where('sys_db_object', { name })).toHaveLength(1)
        const dictionary = out.dictionary(name)
        expect(dictionary).toBeDefined()
        for (const [column, col] of Object.entries(spec.columns)) {
            const built = dictionary!.columns.get(column)
            expect({ column, present: built !== undefined }).toEqual({ column, present: true })
            expect({ column, type: built!.attrs.type }).toEqual({ column, type: DICTIONARY_TYPE[col.type] })
            if (col.type === 'reference') expect(built!.attrs.reference).toBe(col.options.referenceTable)
            if ('maxLength' in col.options) expect(built!.attrs.max_length).toBe(String(col.options.maxLength))
            if (col.type === 'choice') {
                expect(built!.choices.sort()).toEqual(Object.keys(col.options.choices).sort())
            }
        }
    })

    it('has exactly the app tables', () => {
        expect(
            out
                .of('sys_db_object')
                .map((r) => r.get('name'))
                .sort()
        ).toEqual(APP_TABLES.map((t) => t.name).sort())
    })

    it('staging key has a unique index on key', () => {
        const indexes = out.dictionary(STAGING_KEY.name)!.indexes
        expect(indexes).toContainEqual(expect.objectContaining({ unique: true, elements: ['key'] }))
    })

    it('connection key columns: mandatory tenant URL, limits with their defaults, status read-only', () => {
        const cols = out.dictionary(CONNECTION.name)!.columns
        expect(cols.get('tenant_url')!.attrs.mandatory).toBe('true')
        expect(cols.get('page_size')!.attrs.default_value).toBe('5000')
        expect(cols.get('request_ceiling')!.attrs.default_value).toBe('1000')
        expect(cols.get('oauth_profile')!.attrs.reference).toBe('oauth_entity_profile')
        for (const status of ['last_run', 'last_run_at', 'last_outcome', 'last_error', 'next_run_at']) {
            expect({ status, readOnly: cols.get(status)!.attrs.read_only }).toEqual({ status, readOnly: 'true' })
        }
        // The secret never has a column: only the client id, for display.
        expect([...cols.keys()].filter((c) => /secret|password/i.test(c))).toEqual([])
    })
})

describe('roles', () => {
    it('defines admin, AP user and integration; admin contains AP user', () => {
        expect(
            out
                .of('sys_user_role')
                .map((r) => r.get('name'))
                .sort()
        ).toEqual([ADMIN, AP, INTEGRATION].sort())
        const contains = out
            .of('sys_user_role_contains')
            .map((r) => [r.fields.role.attrs.name, r.fields.contains.attrs.name])
        expect(contains).toEqual([[ADMIN, AP]])
    })
})

describe('ACLs', () => {
    const C = CONNECTION.name
    const T = (suffix: string) => `x_mlc_ifs_s2p_${suffix}`
    // name (table or table.field), operation → roles; "deny" = deny-unless that nobody passes.
    const EXPECTED: [string, string, string[] | 'deny'][] = [
        [C, 'read', [ADMIN, INTEGRATION]],
        [C, 'create', [ADMIN]],
        [C, 'delete', [ADMIN]],
        [C, 'write', [ADMIN, INTEGRATION]],
        [`${C}.*`, 'write', [ADMIN]],
        ...[
            'last_run',
            'last_run_at',
            'last_outcome',
            'last_error',
            'next_run_at',
            'lease_owner',
            'lease_expires_at',
        ].map((f): [string, string, string[]] => [`${C}.${f}`, 'write', [INTEGRATION]]),
        [T('sync_state'), 'read', [ADMIN, INTEGRATION]],
        [T('sync_state'), 'create', [INTEGRATION]],
        [T('sync_state'), 'write', [INTEGRATION]],
        [T('sync_state'), 'delete', [ADMIN]],
        [T('staging_key'), 'read', [ADMIN, INTEGRATION]],
        [T('staging_key'), 'create', [INTEGRATION]],
        [T('staging_key'), 'write', [INTEGRATION]],
        [T('staging_key'), 'delete', [ADMIN]],
        [T('run'), 'read', [ADMIN, AP, INTEGRATION]],
        [T('run'), 'create', [INTEGRATION]],
        [T('run'), 'write', [INTEGRATION]],
        [T('run'), 'delete', [ADMIN]],
        [T('audit'), 'read', [ADMIN, AP, INTEGRATION]],
        [T('audit'), 'create', [INTEGRATION]],
        [T('audit'), 'write', 'deny'],
        [T('audit'), 'delete', 'deny'],
        [T('flag'), 'read', [ADMIN, AP, INTEGRATION]],
        [T('flag'), 'create', [INTEGRATION]],
        [T('flag'), 'write', [ADMIN, AP, INTEGRATION]],
        // People write only the resolution note; state changes go through Retry / Ignore.
        [`${T('flag')}.*`, 'write', [INTEGRATION]],
        [`${T('flag')}.state`, 'write', [INTEGRATION]],
        [`${T('flag')}.resolution_note`, 'write', [ADMIN, AP, INTEGRATION]],
        [T('flag'), 'delete', [ADMIN]],
        [T('dimension_map'), 'read', [ADMIN, AP, INTEGRATION]],
        [T('dimension_map'), 'create', [ADMIN, INTEGRATION]],
        [T('dimension_map'), 'write', [ADMIN, INTEGRATION]],
        [T('dimension_map'), 'delete', [ADMIN]],
    ]

    it.each(EXPECTED)('%s %s → %p', (name, operation, roles) => {
        const acl = out.one('sys_security_acl', { name, operation, type: 'record' })
        expect(acl.get('active')).toBe('true')
        if (roles === 'deny') {
            expect(acl.get('decision_type')).toBe('deny')
            expect(acl.get('admin_overrides')).toBe('false')
            expect(acl.get('script')).toMatch(/answer\s*=\s*false/)
        } else {
            expect(acl.get('decision_type')).toBe('allow')
            expect(out.rolesVia('sys_security_acl_role', 'sys_security_acl', acl.get('sys_id'))).toEqual(
                [...roles].sort()
            )
        }
    })

    it('covers every table and nothing else; the AP user never reads connections or sync state', () => {
        const built = out.of('sys_security_acl').map((a) => `${a.get('name')}:${a.get('operation')}`)
        expect(built.sort()).toEqual(EXPECTED.map(([n, o]) => `${n}:${o}`).sort())
        for (const table of APP_TABLES) expect(built).toContain(`${table.name}:read`)
        for (const acl of out.where('sys_security_acl', { operation: 'read' })) {
            if (acl.get('name') === C || acl.get('name') === T('sync_state') || acl.get('name') === T('staging_key')) {
                expect(out.rolesVia('sys_security_acl_role', 'sys_security_acl', acl.get('sys_id'))).not.toContain(AP)
            }
        }
    })
})

describe('job and continuation', () => {
    it('scheduled job runs every 15 minutes and calls runScheduledSync from the job module', () => {
        const job = out.one('sysauto_script', { name: 'ml-connector: IFS sync' })
        expect(job.get('active')).toBe('true')
        expect(job.get('run_type')).toBe('periodically')
        expect(job.get('run_period')).toBe('1970-01-01 00:15:00')
        expectModuleCall(job.get('script'), 'src/server/entry/job.ts', 'runScheduledSync', '')
        // The job only queues one continuation event per due connection; the events run the syncs.
        const module = moduleAt(MODULE_PREFIX + 'src/server/entry/job.ts')!
        expect(module.get('content')).toMatch(/dispatchScheduledRuns\(/)
        expect(module.get('content')).not.toMatch(/runCheckedJob|runJob/)
    })

    it('continuation event is registered and its script action passes the event to the module', () => {
        const event = out.one('sysevent_register', { event_name: 'x_mlc_ifs_s2p.continue' })
        expect(event.get('suffix')).toBe('continue')
        const action = out.one('sysevent_script_action', { event_name: 'x_mlc_ifs_s2p.continue' })
        expect(action.get('active')).toBe('true')
        expectModuleCall(action.get('script'), 'src/server/entry/events/continue-event.ts', 'onContinueEvent', 'event')
        // The adapter hands parm1 (the connection sys_id) to the continuation entry.
        const adapter = moduleAt(MODULE_PREFIX + 'src/server/entry/events/continue-event.ts')!
        expect(adapter.get('content')).toMatch(/runContinuation\(event\.getValue\('parm1'\)/)
    })
})

describe('REST message and OAuth', () => {
    it('the REST message the Http adapter opens exists, uses OAuth 2.0 and the shipped profile', () => {
        const message = out.one('sys_rest_message', { name: REST_MESSAGE_NAME })
        expect(message.get('authentication_type')).toBe('oauth2')
        const profile = out.one('oauth_entity_profile', { sys_id: message.get('oauth2_profile') })
        expect(profile.get('grant_type')).toBe('client_credentials')
        const provider = out.one('oauth_entity', { sys_id: profile.get('oauth_entity') })
        expect(provider.get('default_grant_type')).toBe('client_credentials')
        const fns = out.where('sys_rest_message_fn', { function_name: REST_MESSAGE_METHOD })
        expect(fns).toHaveLength(1)
        // The core sets each connection's own bearer token; the method must not add the default profile's.
        expect(fns[0].get('authentication_type')).toBe('no_authentication')
    })

    it('ships no client secret anywhere', () => {
        for (const record of out.records) {
            expect({ file: record.file, secret: record.get('client_secret') }).toEqual({
                file: record.file,
                secret: '',
            })
        }
        expect(out.one('oauth_entity', { name: 'ml-connector IFS Cloud' }).get('client_id')).toBe('')
    })
})

describe('cross-scope privileges', () => {
    const targets = [
        ...new Set(Object.values(FIELD_MAPS).flatMap((byType) => Object.values(byType).map((map) => map.defaultTable))),
    ]
    const metadata = [
        'sys_plugins',
        'v_plugin',
        'sys_user_has_role',
        'sys_db_object',
        'sys_dictionary',
        'oauth_entity_profile',
        'sysauto_script',
    ]

    it('includes the default targets of the brief', () => {
        expect(targets).toEqual(expect.arrayContaining(['sn_apo_invoice', 'proc_po']))
    })

    it.each(targets)('reads, creates and writes target table %s', (table) => {
        for (const operation of ['read', 'create', 'write']) {
            const p = out.one('sys_scope_privilege', { target_name: table, operation })
            expect(p.get('status')).toBe('allowed')
            expect(p.get('target_type')).toBe('sys_db_object')
        }
    })

    it.each(metadata)('reads metadata table %s', (table) => {
        expect(out.one('sys_scope_privilege', { target_name: table, operation: 'read' }).get('status')).toBe('allowed')
    })
})

describe('properties', () => {
    it.each([
        ['x_mlc_ifs_s2p.default_page_size', '5000'],
        ['x_mlc_ifs_s2p.default_request_ceiling', '1000'],
        ['x_mlc_ifs_s2p.default_time_budget_seconds', '240'],
        ['x_mlc_ifs_s2p.log_level', 'info'],
    ])('%s = %s, admin only', (name, value) => {
        const p = out.one('sys_properties', { name })
        expect(p.get('value')).toBe(value)
        expect(p.get('write_roles')).toBe(ADMIN)
    })
})

describe('menu and modules', () => {
    const moduleRoles = (title: string) => {
        const m = out.one('sys_app_module', { title })
        expect(m.get('active')).toBe('true')
        expect(m.get('application')).toBe(out.one('sys_app_application', { title: 'ml-connector' }).get('sys_id'))
        return m
            .get('roles')
            .split(',')
            .filter((r) => r)
            .sort()
    }

    it.each([
        ['Connections', [ADMIN]],
        ['Flagged records', [ADMIN, AP]],
        ['Sync runs', [ADMIN, AP]],
        ['Audit trail', [ADMIN, AP]],
        ['Dimension mappings', [ADMIN]],
        ['Properties', [ADMIN]],
    ])('module %s for %p', (title, roles) => {
        expect(moduleRoles(title)).toEqual(roles)
    })

    it('Flagged records opens the open flags; Properties shows only the app properties', () => {
        const flags = out.one('sys_app_module', { title: 'Flagged records' })
        expect(flags.get('name')).toBe(FLAG.name)
        expect(flags.get('filter')).toMatch(/^state=open/)
        expect(out.one('sys_app_module', { title: 'Properties' }).get('filter')).toBe('nameSTARTSWITHx_mlc_ifs_s2p.')
    })
})

describe('forms and lists', () => {
    const captions = (table: string) =>
        out
            .where('sys_ui_form_section', {})
            .filter((s) => s.fields.sys_ui_form?.attrs.name === table)
            .sort((a, b) => Number(a.get('position')) - Number(b.get('position')))
            .map((s) => s.fields.sys_ui_section.attrs.caption)

    it('connection form has the tenant, authentication, objects, targets, limits and status sections', () => {
        expect(captions(CONNECTION.name)).toEqual([
            'IFS tenant',
            'Authentication',
            'Objects',
            'Targets',
            'Limits and schedule',
            'Status',
        ])
    })

    it('flagged-records list shows type, number, supplier, company, reason, message, first flagged, attempts, state', () => {
        const columns = out
            .of('sys_ui_list_element')
            .filter((e) => e.fields.list_id?.attrs.name === FLAG.name)
            .sort((a, b) => Number(a.get('position')) - Number(b.get('position')))
            .map((e) => e.get('element'))
        expect(columns).toEqual([
            'object_type',
            'document_number',
            'supplier',
            'company',
            'reason',
            'message',
            'first_flagged_at',
            'attempts',
            'state',
        ])
    })
})

describe('UI actions', () => {
    const action = (table: string, name: string) => out.one('sys_ui_action', { table, name })
    const rolesOf = (a: BuiltRecord) => out.rolesVia('sys_ui_action_role', 'sys_ui_action', a.get('sys_id'))
    const CONN = CONNECTION.name
    const HANDLERS = 'src/server/entry/ui/'

    it.each([
        [CONN, 'Test connection', [ADMIN], 'connection-actions.ts', 'onTestConnection', 'current, action'],
        [CONN, 'Run now', [ADMIN], 'connection-actions.ts', 'onRunNow', 'current, action'],
        [FLAG.name, 'Retry', [ADMIN, AP], 'flag-actions.ts', 'onRetryFlag', 'current, action'],
        [FLAG.name, 'Retry selected', [ADMIN, AP], 'flag-actions.ts', 'onRetryFlagInList', 'current'],
        [FLAG.name, 'Ignore selected', [ADMIN, AP], 'flag-actions.ts', 'onIgnoreFlagInList', 'current'],
    ])('%s "%s" for %p calls %s', (table, name, roles, file, fn, args) => {
        const a = action(table, name)
        expect(a.get('active')).toBe('true')
        expect(rolesOf(a)).toEqual([...roles].sort())
        expectModuleCall(a.get('script'), HANDLERS + file, fn, args)
    })

    it('Reset cursor is admin only, confirms in the browser, then calls the handler on the server', () => {
        const a = action(CONN, 'Reset cursor')
        expect(rolesOf(a)).toEqual([ADMIN])
        expect(a.get('client')).toBe('true')
        expect(a.get('onclick')).toBe('confirmResetCursor()')
        const script = a.get('script')
        expect(script).toMatch(/confirm\(/)
        expect(script).toContain(`gsftSubmit(null, g_form.getFormElement(), '${a.get('action_name')}')`)
        expect(script).toMatch(/typeof window == 'undefined'/)
        expectModuleCall(script, HANDLERS + 'connection-actions.ts', 'onResetCursor', 'current, action')
    })

    it('Release lease is admin only, shown while a lease is held, confirms, then calls the handler', () => {
        const a = action(CONN, 'Release lease')
        expect(a.get('active')).toBe('true')
        expect(rolesOf(a)).toEqual([ADMIN])
        expect(a.get('client')).toBe('true')
        expect(a.get('onclick')).toBe('confirmReleaseLease()')
        expect(a.get('condition')).toBe("current.lease_owner != ''")
        const script = a.get('script')
        expect(script).toMatch(/confirm\(/)
        expect(script).toContain(`gsftSubmit(null, g_form.getFormElement(), '${a.get('action_name')}')`)
        expectModuleCall(script, HANDLERS + 'connection-actions.ts', 'onReleaseLease', 'current, action')
    })

    it('Ignore on the form asks for the reason in the browser, then calls the handler on the server', () => {
        const a = action(FLAG.name, 'Ignore')
        expect(rolesOf(a)).toEqual([ADMIN, AP].sort())
        expect(a.get('client')).toBe('true')
        const script = a.get('script')
        expect(script).toMatch(/prompt\(/)
        expect(script).toContain("g_form.setValue('resolution_note', reason)")
        expect(script).toContain(`gsftSubmit(null, g_form.getFormElement(), '${a.get('action_name')}')`)
        expectModuleCall(script, HANDLERS + 'flag-actions.ts', 'onIgnoreFlag', 'current, action')
    })

    it('flag actions are offered on list selections too', () => {
        for (const name of ['Retry selected', 'Ignore selected']) {
            expect({ name, listChoice: action(FLAG.name, name).get('list_choice') }).toEqual({
                name,
                listChoice: 'true',
            })
        }
    })
})

describe('connection validation', () => {
    it('a before insert/update business rule calls the shared validation', () => {
        const rule = out.one('sys_script', { collection: CONNECTION.name })
        expect(rule.get('when')).toBe('before')
        expect(rule.get('action_insert')).toBe('true')
        expect(rule.get('action_update')).toBe('true')
        expect(rule.get('active')).toBe('true')
        expectModuleCall(
            rule.get('script'),
            'src/server/entry/ui/validate-connection-rule.ts',
            'validateConnectionSave',
            'current, previous'
        )
    })

    it('the onSubmit client script is the generated one, checking every setting', () => {
        const client = out.one('sys_script_client', { table: CONNECTION.name })
        expect(client.get('type')).toBe('onSubmit')
        expect(client.get('active')).toBe('true')
        const generated = fs.readFileSync(
            path.resolve(__dirname, '../../src/fluent/client/connection-form-validation.js'),
            'utf8'
        )
        expect(client.get('script').trim()).toBe(generated.trim())
        expect(generated).toContain('GENERATED by scripts/build-client-scripts.js')
        // Its behaviour is tested by running it: test/unit/ui/connection-client-script.test.ts.
    })
})

describe('flag state guard', () => {
    it('a before update business rule refuses manual state changes (guardFlagEdit)', () => {
        const rule = out.one('sys_script', { collection: FLAG.name })
        expect(rule.get('when')).toBe('before')
        expect(rule.get('action_update')).toBe('true')
        expect(rule.get('action_insert')).toBe('false')
        expect(rule.get('active')).toBe('true')
        expectModuleCall(
            rule.get('script'),
            'src/server/entry/ui/guard-flag-edit-rule.ts',
            'guardFlagEdit',
            'current, previous'
        )
    })

    it('the state column is read-only on forms and lists', () => {
        const state = out.dictionary(FLAG.name)!.columns.get('state')!
        expect(state.attrs.read_only).toBe('true')
    })
})

describe('reports', () => {
    it.each([
        ['ml-connector: documents staged per day by object type', 'x_mlc_ifs_s2p_audit', 'Staged per day'],
        ['ml-connector: open flags by reason', FLAG.name, 'Open flags by reason'],
        ['ml-connector: run outcomes per day', 'x_mlc_ifs_s2p_run', 'Run outcomes'],
        ['ml-connector: IFS throttles per day', 'x_mlc_ifs_s2p_run', 'Throttles'],
    ])('%s on %s, for admins and AP users, linked from module %s', (title, table, moduleTitle) => {
        const report = out.one('sys_report', { title })
        expect(report.get('table')).toBe(table)
        expect(report.get('roles').split(',').sort()).toEqual([ADMIN, AP].sort())
        expect(out.one('sys_app_module', { title: moduleTitle }).get('report')).toBe(report.get('sys_id'))
    })
})

describe('ATF tests', () => {
    it.each([
        'ml-connector: tables and roles exist',
        'ml-connector: an AP user sees flags and runs, not connections or credentials',
        'ml-connector: an admin sees and configures connections',
        'ml-connector: prerequisite check reports a missing plugin',
    ])('%s exists with steps', (name) => {
        const test = out.one('sys_atf_test', { name })
        expect(test.get('active')).toBe('true')
        expect(out.where('sys_atf_step', { test: test.get('sys_id') }).length).toBeGreaterThan(0)
    })
})

describe('ATF users', () => {
    it.each([
        ['ml-connector: an AP user sees flags and runs, not connections or credentials', AP],
        ['ml-connector: an admin sees and configures connections', ADMIN],
    ])('%s creates its user with the built role %s', (name, role) => {
        const test = out.one('sys_atf_test', { name })
        const steps = new Set(out.where('sys_atf_step', { test: test.get('sys_id') }).map((s) => s.get('sys_id')))
        const values = out
            .of('sys_variable_value')
            .filter((v) => steps.has(v.get('document_key')))
            .map((v) => v.get('value'))
        expect(values).toContain(out.one('sys_user_role', { name: role }).get('sys_id'))
    })
})

describe('every module path a script requires exists in the build', () => {
    it('resolves', () => {
        const scripts = out.records.flatMap((r) =>
            Object.values(r.fields).flatMap((f) => requiredModules(f.value).map((p) => ({ file: r.file, p })))
        )
        expect(scripts.length).toBeGreaterThan(5)
        for (const { file, p } of scripts.filter((s) => s.p.startsWith('x_mlc_ifs_s2p/'))) {
            expect({ file, path: p, exists: moduleAt(p) !== undefined }).toEqual({ file, path: p, exists: true })
        }
    })
})
