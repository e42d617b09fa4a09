import * as path from 'path'
import { APP_TABLES, CONNECTION, FLAG } from '../../src/tables'
import { BuildOutput } from '../contract/build-output'
import type { BuiltRecord } from '../contract/build-output'

/**
 * The effective access matrix, computed from the ACLs in the build output (dist/app) the way the
 * platform decides, and compared with the matrix the app intends. The contract test checks each
 * ACL record; this one checks what they add up to for a user: role inheritance
 * (sys_user_role_contains), deny-unless rules, field rules that narrow a table rule, and the
 * platform admin's override where an ACL allows it.
 *
 * Decision model (ServiceNow's, for the parts the app uses): an operation on a table passes when
 * every matching deny-unless ACL passes and at least one allow ACL passes; an ACL passes for a user
 * holding one of its roles (or any user when it lists none) with no condition and no script other
 * than `answer = true`, or for the platform admin when admin_overrides is set. No matching ACL
 * means no access. Writing a column also needs the most specific field ACL (`table.column`, else
 * `table.*`) to pass when one exists.
 */
// MLC_DIST_APP points at another build (a scratch copy with one ACL changed proves this test can fail).
const ROOT = process.env.MLC_DIST_APP ?? path.resolve(__dirname, '../../dist/app')
const SCOPE = 'x_mlc_ifs_s2p'
const ADMIN = `${SCOPE}.admin`
const AP = `${SCOPE}.ap_user`
const INTEGRATION = `${SCOPE}.integration`
const PLATFORM_ADMIN = 'admin'

type Op = 'read' | 'create' | 'write' | 'delete'
const OPS: readonly Op[] = ['read', 'create', 'write', 'delete']
const LETTER: Readonly<Record<Op, string>> = { read: 'r', create: 'c', write: 'w', delete: 'd' }

/** A user: the roles granted directly; inherited ones are added from the build output. */
const USERS: Readonly<Record<string, readonly string[]>> = {
    'app admin': [ADMIN],
    'AP user': [AP],
    integration: [INTEGRATION],
    'platform admin': [PLATFORM_ADMIN],
    'other user': ['itil'],
}

/**
 * Rows for single columns (read and write only): the lease and outcome columns the job owns on a
 * connection; a flag's state, which people change only through Retry / Ignore (hardening 11); and
 * a flag's resolution note, the one flag column people write (the reason Ignore records).
 */
const COLUMN_ROWS: Readonly<Record<string, string>> = {
    'connection status': `${CONNECTION.name}.lease_owner`,
    'flag state': `${FLAG.name}.state`,
    'flag resolution note': `${FLAG.name}.resolution_note`,
}

// The intended matrix: rcwd = read, create, write (an ordinary column), delete; '-' = refused.
// "connection status" is the lease and outcome columns of a connection: read and write only.
// connection_type (a connection's settings per document type) has the connection's access.
const INTENDED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
    'app admin': {
        connection: 'rcwd',
        'connection status': 'r-',
        connection_type: 'rcwd',
        sync_state: 'r--d',
        staging_key: 'r--d',
        run: 'r--d',
        audit: 'r---',
        flag: 'r--d',
        'flag state': 'r-',
        'flag resolution note': 'rw',
        dimension_map: 'rcwd',
        // Target field mappings: an admin edits them, the job only reads them (issue 17).
        field_map: 'rcwd',
    },
    'AP user': {
        connection: '----',
        'connection status': '--',
        connection_type: '----',
        sync_state: '----',
        // Match readiness: the AP list "Invoices waiting for match" is staging keys (issue 18).
        staging_key: 'r---',
        run: 'r---',
        audit: 'r---',
        flag: 'r---',
        'flag state': 'r-',
        'flag resolution note': 'rw',
        dimension_map: 'r---',
        // Target field mappings: an admin edits them, the job only reads them (issue 17).
        field_map: '----',
    },
    integration: {
        connection: 'r---',
        'connection status': 'rw',
        connection_type: 'r---',
        sync_state: 'rcw-',
        staging_key: 'rcw-',
        run: 'rcw-',
        audit: 'rc--',
        flag: 'rcw-',
        'flag state': 'rw',
        'flag resolution note': 'rw',
        dimension_map: 'rcw-',
        // Target field mappings: an admin edits them, the job only reads them (issue 17).
        field_map: 'r---',
    },
    'platform admin': {
        connection: 'rcwd',
        'connection status': 'rw',
        connection_type: 'rcwd',
        sync_state: 'rcwd',
        staging_key: 'rcwd',
        run: 'rcwd',
        // The audit trail is never edited, even by the platform admin, who alone may purge it.
        audit: 'rc-d',
        flag: 'rcwd',
        'flag state': 'rw',
        'flag resolution note': 'rw',
        dimension_map: 'rcwd',
        // Target field mappings: an admin edits them, the job only reads them (issue 17).
        field_map: 'rcwd',
    },
    'other user': {
        connection: '----',
        'connection status': '--',
        connection_type: '----',
        sync_state: '----',
        staging_key: '----',
        run: '----',
        audit: '----',
        flag: '----',
        'flag state': '--',
        'flag resolution note': '--',
        dimension_map: '----',
        // Target field mappings: an admin edits them, the job only reads them (issue 17).
        field_map: '----',
    },
}

let out: BuildOutput
beforeAll(() => {
    out = new BuildOutput(ROOT)
})

function rolesOf(user: readonly string[]): Set<string> {
    const contains = out
        .of('sys_user_role_contains')
        .map((r) => [r.fields.role.attrs.name, r.fields.contains.attrs.name])
    const held = new Set(user)
    for (let grew = true; grew;) {
        grew = false
        for (const [role, inner] of contains)
            if (held.has(role) && !held.has(inner)) {
                held.add(inner)
                grew = true
            }
    }
    return held
}

function passes(acl: BuiltRecord, roles: Set<string>): boolean {
    if (roles.has(PLATFORM_ADMIN) && acl.get('admin_overrides') === 'true') return true
    const script = acl.get('script').trim()
    if (acl.get('condition').trim() !== '') return false
    if (script !== '' && !/^answer\s*=\s*true;?$/.test(script)) return false
    const needed = out.rolesVia('sys_security_acl_role', 'sys_security_acl', acl.get('sys_id'))
    return needed.length === 0 || needed.some((r) => roles.has(r))
}

function decide(name: string, op: Op, roles: Set<string>): boolean | null {
    const acls = out.where('sys_security_acl', { name, operation: op, type: 'record', active: 'true' })
    if (acls.length === 0) return null
    const denies = acls.filter((a) => a.get('decision_type') === 'deny')
    const allows = acls.filter((a) => a.get('decision_type') !== 'deny')
    return denies.every((a) => passes(a, roles)) && allows.some((a) => passes(a, roles))
}

function allowed(table: string, op: Op, roles: Set<string>, column: string | null): boolean {
    if (decide(table, op, roles) !== true) return false
    if (op !== 'write' && op !== 'create') return true
    if (column === null) return true
    const field = decide(`${table}.${column}`, op, roles) ?? decide(`${table}.*`, op, roles)
    return field !== false
}

function effective(roles: Set<string>, table: string, column: string | null): string {
    return OPS.map((op) => (allowed(table, op, roles, column) ? LETTER[op] : '-')).join('')
}

function matrixFor(user: readonly string[]): Record<string, string> {
    const roles = rolesOf(user)
    const row: Record<string, string> = {}
    for (const t of APP_TABLES) {
        const short = t.name.slice(`${SCOPE}_`.length)
        // An ordinary column: one no field ACL names.
        row[short] = effective(roles, t.name, 'name_of_an_ordinary_column')
    }
    // A column has no create or delete of its own: its row shows read and write only.
    for (const [label, name] of Object.entries(COLUMN_ROWS)) {
        const [table, column] = name.split('.')
        row[label] = (['read', 'write'] as const)
            .map((op) => (allowed(table, op, roles, column) ? LETTER[op] : '-'))
            .join('')
    }
    return row
}

test('every app table is in the intended matrix', () => {
    const tables = APP_TABLES.map((t) => t.name.slice(`${SCOPE}_`.length)).sort()
    for (const user of Object.keys(INTENDED))
        expect(
            Object.keys(INTENDED[user])
                .filter((t) => !(t in COLUMN_ROWS))
                .sort()
        ).toEqual(tables)
})

test.each(Object.keys(USERS))('the ACLs in dist/app give the %s exactly the intended access', (user) => {
    expect(matrixFor(USERS[user])).toEqual(INTENDED[user])
})

// Every ACL the build declares on the app's tables is one this model decides on: a record ACL for
// read/create/write/delete on a table, a column or `table.*`. An ACL of any other shape (another
// operation or type, a misspelt table) would be invisible to the matrix, so it is refused here.
test('every ACL on an app table in dist/app is one the matrix decides on', () => {
    const tables = new Set(APP_TABLES.map((t) => t.name))
    const acls = out.of('sys_security_acl').filter((a) => a.get('name').startsWith(`${SCOPE}_`))
    expect(acls.length).toBeGreaterThan(0)
    const unmodelled = acls
        .filter((a) => {
            const [table, column, ...rest] = a.get('name').split('.')
            return (
                !tables.has(table) ||
                rest.length > 0 ||
                column === '' ||
                a.get('type') !== 'record' ||
                !(OPS as readonly string[]).includes(a.get('operation'))
            )
        })
        .map((a) => `${a.get('name')} ${a.get('type')} ${a.get('operation')}`)
    expect(unmodelled).toEqual([])
})

// Each ACL matters: with any one of them left out, some user's access differs from the intended
// matrix. An ACL whose removal changes nothing is dead weight or a rule the model does not see.
test('removing any single ACL from dist/app changes the matrix', () => {
    const all = out
        .of('sys_security_acl')
        .filter((a) => a.get('name').startsWith(`${SCOPE}_`) && a.get('active') === 'true')
    const unchanged: string[] = []
    for (const acl of all) {
        const id = acl.get('sys_id')
        const original = out.where.bind(out)
        out.where = (table, values) => original(table, values).filter((r) => r.get('sys_id') !== id)
        try {
            const same = Object.keys(USERS).every(
                (user) => JSON.stringify(matrixFor(USERS[user])) === JSON.stringify(INTENDED[user])
            )
            if (same) unchanged.push(`${acl.get('name')} ${acl.get('operation')} ${acl.get('decision_type')}`)
        } finally {
            out.where = original
        }
    }
    expect(unchanged).toEqual([])
})

test('prints the matrix computed from dist/app, which is the intended one', () => {
    const tables = Object.keys(INTENDED['app admin'])
    const w = Math.max(...Object.keys(USERS).map((u) => u.length))
    const computed: Record<string, Record<string, string>> = {}
    const lines = [
        `ACL matrix from dist/app (r read, c create, w write, d delete)`,
        `${''.padEnd(w)}  ${tables.map((t) => t.padEnd(Math.max(4, t.length))).join('  ')}`,
    ]
    for (const user of Object.keys(USERS)) {
        const m = (computed[user] = matrixFor(USERS[user]))
        lines.push(`${user.padEnd(w)}  ${tables.map((t) => m[t].padEnd(Math.max(4, t.length))).join('  ')}`)
    }
    process.stdout.write(`\n${lines.join('\n')}\n\n`)
    expect(computed).toEqual(INTENDED)
})
