import * as fs from 'fs'
import * as path from 'path'
import { FIELD_MAPS } from '../../src/server/core/staging/field-maps'
import { REST_MESSAGE_METHOD, REST_MESSAGE_NAME } from '../../src/server/glide/rest-message'
import { APP_TABLES, CONNECTION, CONNECTION_TYPE, FLAG, STAGING_KEY } from '../../src/tables'
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

    it('connection has a unique index on name (concurrent first runs cannot create it twice)', () => {
        const indexes = out.dictionary(CONNECTION.name)!.indexes
        expect(indexes).toContainEqual(expect.objectContaining({ unique: true, elements: ['name'] }))
    })

    it('connection lookback window: 600 s by default, on the form next to the other limits', () => {
        const cols = out.dictionary(CONNECTION.name)!.columns
        expect(cols.get('lookback_seconds')!.attrs.default_value).toBe('600')
        const limits = out.of('sys_ui_element').filter((e) => e.get('element') === 'lookback_seconds')
        expect(limits.length).toBe(1)
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
    const EXPECTED: [string, string, string[] | 'deny' | 'deny-but-admin'][] = [
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
        // A connection's settings per document type: the connection's roles (the job only reads them).
        [T('connection_type'), 'read', [ADMIN, INTEGRATION]],
        [T('connection_type'), 'create', [ADMIN]],
        [T('connection_type'), 'write', [ADMIN]],
        [T('connection_type'), 'delete', [ADMIN]],
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
        // An admin can purge the trail by hand; nobody else deletes a row.
        [T('audit'), 'delete', 'deny-but-admin'],
        [T('audit'), 'delete', [ADMIN]],
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
        // Target field mappings: the job reads them, only an admin changes them (issue 17).
        [T('field_map'), 'read', [ADMIN, INTEGRATION]],
        [T('field_map'), 'create', [ADMIN]],
        [T('field_map'), 'write', [ADMIN]],
        [T('field_map'), 'delete', [ADMIN]],
    ]

    it.each(EXPECTED)('%s %s → %p', (name, operation, roles) => {
        const decision = roles === 'deny' || roles === 'deny-but-admin' ? 'deny' : 'allow'
        const acl = out.one('sys_security_acl', { name, operation, type: 'record', decision_type: decision })
        expect(acl.get('active')).toBe('true')
        if (roles === 'deny' || roles === 'deny-but-admin') {
            expect(acl.get('decision_type')).toBe('deny')
            expect(acl.get('admin_overrides')).toBe(roles === 'deny' ? 'false' : 'true')
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

describe('platform records the issue on the instance asked for', () => {
    it('the continuation event runs on the app’s own parallel queue (Queue Registry, jobs per node)', () => {
        const queue = out.one('sysevent_queue', { queue: 'x_mlc_ifs_s2p.sync' })
        expect(queue.get('sys_class_name')).toBe('sysevent_queue')
        expect(queue.get('suffix')).toBe('sync')
        expect(queue.get('processing_order')).toBe('parallel')
        expect(queue.get('job_config')).toBe('jobs_per_node')
        expect(Number(queue.get('job_config_value'))).toBeGreaterThanOrEqual(1)
        expect(queue.get('automatic_processing')).toBe('true')
        const event = out.one('sysevent_register', { event_name: 'x_mlc_ifs_s2p.continue' })
        expect(event.get('queue')).toBe(queue.get('queue'))
    })

    it('the job the run-as check reads is found by the sys_id the built job has', () => {
        const job = out.one('sysauto_script', { name: 'ml-connector: IFS sync' })
        const adapter = moduleAt(MODULE_PREFIX + 'src/server/glide/sync-job-user.ts')!.get('content')
        expect(adapter).toContain(`SYNC_JOB_SYS_ID = '${job.get('sys_id')}'`)
        expect(adapter).toMatch(/job\.get\(SYNC_JOB_SYS_ID\)/)
        expect(adapter).not.toMatch(/addQuery\('name'/)
    })

    it.each([
        ['x_mlc_ifs_s2p_flag', 'IFSFLG'],
        ['x_mlc_ifs_s2p_run', 'IFSRUN'],
    ])('%s numbers come from the platform: sys_number %s and the getNextObjNumberPadded default', (table, prefix) => {
        const number = out.one('sys_number', { category: table })
        expect(number.get('prefix')).toBe(prefix)
        expect(number.get('maximum_digits')).toBe('7')
        const column = out.one('sys_dictionary', { name: table, element: 'number' })
        expect(column.get('default_value')).toBe('javascript:getNextObjNumberPadded();')
        // No count-based numbering left in the core.
        const runRecord = moduleAt(MODULE_PREFIX + 'src/server/core/sync/run-record.ts')!.get('content')
        expect(runRecord).not.toMatch(/\bnumber\b\s*[:,]|padStart/)
    })

    it('flags are looked up by an indexed hash column, not by the 1,000-character JSON key', () => {
        const indexes = out.dictionary(FLAG.name)!.indexes
        expect(indexes).toContainEqual(expect.objectContaining({ unique: false, elements: ['source_key_hash'] }))
        const hash = out.one('sys_dictionary', { name: FLAG.name, element: 'source_key_hash' })
        expect(Number(hash.get('max_length'))).toBe(64)
        const book = moduleAt(MODULE_PREFIX + 'src/server/core/staging/flag-book.ts')!.get('content')
        expect(book).toMatch(/field: 'source_key_hash', op: 'IN'/)
        expect(book).not.toMatch(/field: 'source_key', op: 'IN'/)
    })

    it.each([
        ['x_mlc_ifs_s2p_audit', 7776000, ''],
        ['x_mlc_ifs_s2p_run', 15552000, 'status!=running'],
    ])('%s has a table cleanup rule (age %i s) an admin can change, kept on upgrade', (table, age, conditions) => {
        const rule = out.one('sys_auto_flush', { tablename: table })
        expect(Number(rule.get('age'))).toBe(age)
        expect(rule.get('matchfield')).toBe('sys_created_on')
        expect(rule.get('active')).toBe('true')
        expect(rule.get('cascade_delete')).toBe('false')
        expect(rule.get('conditions')).toBe(conditions)
        // First-install records are not overwritten by an upgrade, so the admin's age stays.
        expect(rule.file).toMatch(/^unload\//)
    })

    it('no cleanup rule touches flags (the AP work list)', () => {
        expect(out.where('sys_auto_flush', { tablename: FLAG.name })).toEqual([])
    })
})

describe('REST message and OAuth', () => {
    it('the REST message the Http adapter opens exists and attaches no credentials of its own', () => {
        const message = out.one('sys_rest_message', { name: REST_MESSAGE_NAME })
        expect(message.get('authentication_type')).toBe('no_authentication')
        const fns = out.where('sys_rest_message_fn', { function_name: REST_MESSAGE_METHOD })
        expect(fns).toHaveLength(1)
        // The core sets each connection's own bearer token; neither message nor method adds one.
        expect(fns[0].get('authentication_type')).toBe('no_authentication')
    })

    it('every request is sent at outbound log level basic (request headers, hence the token, never logged)', () => {
        const http = moduleAt(MODULE_PREFIX + 'src/server/glide/glide-http.ts')!.get('content')
        expect(http).toMatch(/OUTBOUND_LOG_LEVEL = 'basic'/)
        expect(http).toMatch(/message\.setLogLevel\(OUTBOUND_LOG_LEVEL\)/)
        // Set before anything else on the message, so no path sends without it.
        expect(http.indexOf('setLogLevel(')).toBeLessThan(http.indexOf('execute()'))
    })

    it('ships no OAuth provider or profile (the admin registers IFS with the platform form) and no secret', () => {
        expect(out.of('oauth_entity')).toEqual([])
        expect(out.of('oauth_entity_profile')).toEqual([])
        for (const record of out.records) {
            expect({ file: record.file, secret: record.get('client_secret') }).toEqual({
                file: record.file,
                secret: '',
            })
        }
    })
})

describe('cross-scope privileges', () => {
    const targets = [
        ...new Set(Object.values(FIELD_MAPS).flatMap((byType) => Object.values(byType).map((map) => map.defaultTable))),
    ]
    const metadata = [
        'sys_user_has_role',
        'sys_user_role',
        'sys_user',
        'sys_db_object',
        'oauth_entity_profile',
        'oauth_entity',
        'sysauto_script',
    ]
    // Records the connector only reads: the connection's ERP source and the reference look-ups of the presets (issue 17).
    const referenceData = ['sn_fin_erp_source', 'sn_fin_supplier', 'sn_fin_legal_entity', 'core_company']
    // The import set the Glide import transform creates for each page's rows (read + create).
    const importSets = ['sys_import_set']

    it('declares exactly the targets, the reference data and the metadata tables, nothing unused', () => {
        const declared = [...new Set(out.of('sys_scope_privilege').map((p) => p.get('target_name')))].sort()
        expect(declared).toEqual([...targets, ...referenceData, ...metadata, ...importSets].sort())
        for (const p of out.of('sys_scope_privilege'))
            if ([...metadata, ...referenceData].includes(p.get('target_name'))) expect(p.get('operation')).toBe('read')
    })

    it('covers every platform table the built Glide adapters open', () => {
        const opened = new Set<string>()
        for (const m of out.of('sys_module'))
            for (const match of m.get('content').matchAll(/new GlideRecord\('([a-z_0-9]+)'\)/g)) opened.add(match[1])
        // sys_user_has_role is queried with a role.name dot-walk: sys_user_role is read as well.
        expect([...opened].filter((t) => !t.startsWith('x_mlc_ifs_s2p_')).sort()).toEqual(
            [...metadata.filter((t) => t !== 'sys_user_role'), ...importSets].sort()
        )
    })

    it.each(importSets)('reads and creates %s', (table) => {
        for (const operation of ['read', 'create'])
            expect(out.one('sys_scope_privilege', { target_name: table, operation }).get('status')).toBe('allowed')
    })

    it('includes the default targets of every preset: the import tables, the primary tables, the brief', () => {
        expect(targets).toEqual(
            expect.arrayContaining([
                'sn_spend_intg_imp_invoice',
                'sn_fcms_intg_imp_order',
                'sn_shop_invoice',
                'sn_shop_purchase_order',
                'sn_apo_invoice',
                'proc_po',
            ])
        )
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
        // Issue 15: three "default" properties were read by nothing; the column defaults are the
        // defaults. None may come back without a reader.
        'x_mlc_ifs_s2p.default_page_size',
        'x_mlc_ifs_s2p.default_request_ceiling',
        'x_mlc_ifs_s2p.default_time_budget_seconds',
    ])('%s is not shipped (nothing would read it)', (name) => {
        expect(out.where('sys_properties', { name })).toEqual([])
    })

    it.each([['x_mlc_ifs_s2p.logging.verbosity', 'info']])(
        '%s = %s, admin only, on the app properties page',
        (name, value) => {
            const p = out.one('sys_properties', { name })
            expect(p.get('value')).toBe(value)
            expect(p.get('write_roles')).toBe(ADMIN)
            const category = out.one('sys_properties_category', { name: 'ml-connector' })
            expect(out.where('sys_properties_category_m2m', { property: p.get('sys_id') })).toEqual([
                expect.objectContaining({ file: expect.any(String) }),
            ])
            expect(out.one('sys_properties_category_m2m', { property: p.get('sys_id') }).get('category')).toBe(
                category.get('sys_id')
            )
        }
    )

    it('logging verbosity follows the <scope>.logging.verbosity convention', () => {
        const p = out.one('sys_properties', { name: 'x_mlc_ifs_s2p.logging.verbosity' })
        expect(p.get('choices').split(',')).toEqual(['off', 'error', 'warn', 'info', 'debug'])
        expect(out.where('sys_properties', { name: 'x_mlc_ifs_s2p.log_level' })).toEqual([])
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
        const properties = out.one('sys_app_module', { title: 'Properties' })
        expect(properties.get('link_type')).toBe('DIRECT')
        expect(properties.get('query')).toBe(
            'system_properties_ui.do?sysparm_category=ml-connector&sysparm_title=ml-connector%20Properties'
        )
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
    it.each(['Test connection', 'Run now', 'Reset cursor'])(
        '"%s" is not shown on a new, unsaved connection',
        (name) => {
            const a = out.one('sys_ui_action', { table: CONNECTION.name, name })
            expect(a.get('show_insert')).toBe('false')
            expect(a.get('show_update')).toBe('true')
        }
    )

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
        const rule = out.one('sys_script', { collection: CONNECTION.name, when: 'before' })
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

describe('connection document types', () => {
    const listElements = (table: string) =>
        out
            .of('sys_ui_list_element')
            .filter((e) => e.fields.list_id?.attrs.name === table)
            .sort((a, b) => Number(a.get('position')) - Number(b.get('position')))
            .map((e) => e.get('element'))

    it('one row per connection and type: unique index, deleted with its connection', () => {
        const dictionary = out.dictionary(CONNECTION_TYPE.name)!
        expect(dictionary.indexes).toContainEqual(
            expect.objectContaining({ unique: true, elements: ['connection', 'object_type'] })
        )
        const connection = dictionary.columns.get('connection')!
        expect(connection.attrs.reference).toBe(CONNECTION.name)
        expect(connection.attrs.mandatory).toBe('true')
        expect(connection.attrs.reference_cascade_rule).toBe('delete')
        expect(dictionary.columns.get('object_type')!.attrs.mandatory).toBe('true')
        expect(dictionary.columns.get('active')!.attrs.default_value).toBe('true')
    })

    it('the per-type settings are not columns of the connection any more', () => {
        const columns = [...out.dictionary(CONNECTION.name)!.columns.keys()]
        for (const gone of ['sync_invoices', 'sync_orders', 'invoice_entity_set', 'order_entity_set'])
            expect(columns).not.toContain(gone)
        expect(columns.filter((c) => /target_table/.test(c))).toEqual([])
    })

    it('the connection form lists its document types in the Objects section', () => {
        const related = out
            .of('sys_ui_element')
            .filter((e) => e.get('element') === `12M.${CONNECTION.name}.${CONNECTION_TYPE.name}.connection`)
        expect(related).toHaveLength(1)
        expect(related[0].fields.sys_ui_section?.attrs.caption).toBe('Objects')
    })

    it('the row has a form and a list layout: type, active, entity set, target table (+ overrides on the form)', () => {
        expect(listElements(CONNECTION_TYPE.name)).toEqual(['object_type', 'active', 'entity_set_path', 'target_table'])
        const onForm = out
            .of('sys_ui_element')
            .filter((e) => e.fields.sys_ui_section?.attrs.name === CONNECTION_TYPE.name)
            .map((e) => e.get('element'))
        expect(onForm).toEqual(
            expect.arrayContaining(['object_type', 'active', 'entity_set_path', 'target_table', 'source_overrides'])
        )
    })

    it('an after insert rule on the connection creates the rows (addConnectionTypeRows)', () => {
        const rule = out.one('sys_script', { collection: CONNECTION.name, when: 'after' })
        expect(rule.get('action_insert')).toBe('true')
        expect(rule.get('action_update')).toBe('false')
        expect(rule.get('active')).toBe('true')
        expectModuleCall(
            rule.get('script'),
            'src/server/entry/ui/default-type-rows-rule.ts',
            'addConnectionTypeRows',
            'current, previous'
        )
    })

    it('a before insert/update rule and the generated client script share the type rule table', () => {
        const rule = out.one('sys_script', { collection: CONNECTION_TYPE.name })
        expect(rule.get('when')).toBe('before')
        expect(rule.get('action_insert')).toBe('true')
        expect(rule.get('action_update')).toBe('true')
        expectModuleCall(
            rule.get('script'),
            'src/server/entry/ui/validate-connection-type-rule.ts',
            'validateConnectionTypeSave',
            'current, previous'
        )
        const client = out.one('sys_script_client', { table: CONNECTION_TYPE.name })
        expect(client.get('type')).toBe('onSubmit')
        const generated = fs.readFileSync(
            path.resolve(__dirname, '../../src/fluent/client/connection-type-form-validation.js'),
            'utf8'
        )
        expect(client.get('script').trim()).toBe(generated.trim())
        expect(generated).toContain('from src/server/core/config/connection-type-rules.ts')
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
    it('the instance-only test checks numbering, NULL, the event queue, headers, access and cleanup', () => {
        const test = out.one('sys_atf_test', { name: 'ml-connector: instance-only behaviour' })
        const steps = out.where('sys_atf_step', { test: test.get('sys_id') })
        expect(steps).toHaveLength(3)
        // The step scripts are nested inputs of the step records: read the built files themselves.
        const stepsText = steps.map((step) => fs.readFileSync(path.join(ROOT, step.file), 'utf8')).join('\n')
        for (const needle of ['IFSRUN', 'NULL', 'x_mlc_ifs_s2p.sync', 'getAllHeaders', 'tableAccess', 'sys_auto_flush'])
            expect({ needle, found: stepsText.includes(needle) }).toEqual({ needle, found: true })
    })

    it.each([
        'ml-connector: tables and roles exist',
        'ml-connector: an AP user sees flags and runs, not connections or credentials',
        'ml-connector: an admin sees and configures connections',
        'ml-connector: prerequisite check reports a missing plugin',
        'ml-connector: instance-only behaviour',
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
