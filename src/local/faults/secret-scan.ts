import Database from 'better-sqlite3'
import * as fs from 'fs'
import * as path from 'path'
import { escapeUnicode } from '../emulator/faults/escape-unicode'

/** One place a secret turned up. The secret itself is never part of the finding. */
export interface SecretFinding {
    where: string
    /** Which secret: "client secret" or "token #3", never its value. */
    which: string
}

export interface NamedSecret {
    name: string
    value: string
}

/**
 * The client secret and every access token the emulator issued, named for findings, each also in
 * the encodings a server echoes it in (URL, form, JSON, HTML, base64): a secret that leaks encoded
 * has leaked. The encoders here are Node's own, independent of the connector's Redactor.
 */
export function namedSecrets(clientSecret: string, tokens: readonly string[]): NamedSecret[] {
    return [
        ...encodedForms('client secret', clientSecret),
        ...tokens.flatMap((value, i) => encodedForms(`token #${i + 1}`, value)),
    ]
}

/** Below this length only the raw value is searched (encoded short values match ordinary text). */
const MIN_ENCODED_SCAN = 8

export function encodedForms(name: string, value: string): NamedSecret[] {
    const forms = new Map<string, string>([[value, name]])
    const add = (encoding: string, form: string) => {
        if (form && !forms.has(form)) forms.set(form, `${name} (${encoding})`)
    }
    if (value.length >= MIN_ENCODED_SCAN) {
        const url = encodeURIComponent(value)
        add('URL-encoded', url)
        add(
            'URL-encoded, lower-case hex',
            url.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())
        )
        add('form-encoded', new URLSearchParams({ v: value }).toString().slice(2))
        add('JSON-escaped', JSON.stringify(value).slice(1, -1))
        add('JSON-escaped twice', JSON.stringify(JSON.stringify(value).slice(1, -1)).slice(1, -1))
        add('JSON \\u-escaped', escapeUnicode(value))
        add(
            'HTML-escaped',
            value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
        )
        // Base64 at each of the three byte alignments (alone, or after `client_id:` in HTTP Basic):
        // only the characters that depend on the secret's bytes alone.
        for (const source of new Set([value, new URLSearchParams({ v: value }).toString().slice(2)])) {
            const bytes = Buffer.from(source, 'utf8')
            for (let pad = 0; pad < 3; pad++) {
                const encoded = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64')
                const inner = encoded.slice(Math.ceil((8 * pad) / 6), Math.floor((8 * (pad + bytes.length)) / 6))
                add('base64', inner)
                add('base64url', inner.replace(/\+/g, '-').replace(/\//g, '_'))
            }
        }
    }
    return [...forms].map(([form, formName]) => ({ name: formName, value: form }))
}

/** Searches texts (CLI output, messages) for any of the secrets. */
export function scanTexts(texts: Readonly<Record<string, string>>, secrets: readonly NamedSecret[]): SecretFinding[] {
    const out: SecretFinding[] = []
    for (const [where, text] of Object.entries(texts))
        for (const s of secrets) if (s.value && text.includes(s.value)) out.push({ where, which: s.name })
    return out
}

/**
 * Searches every table and column of a SQLite file (values as text, so JSON payloads and
 * messages count), and the raw bytes of the database, WAL and shared-memory files — a value
 * that was written and later overwritten can still sit in free pages.
 */
export function scanDatabase(file: string, secrets: readonly NamedSecret[]): SecretFinding[] {
    const live = secrets.filter((s) => s.value)
    const db = new Database(file, { readonly: true, fileMustExist: true })
    let out: SecretFinding[]
    try {
        const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]
        out = tables.flatMap(({ name }) =>
            scanTable(db, name, live).map((f) => ({ ...f, where: `${path.basename(file)}: ${f.where}` }))
        )
    } finally {
        db.close()
    }
    for (const suffix of ['', '-wal', '-shm']) out.push(...scanRawFile(file + suffix, live))
    return out
}

/** Every column of one table that holds a secret, once per column and secret. */
function scanTable(db: Database.Database, table: string, secrets: readonly NamedSecret[]): SecretFinding[] {
    const out: SecretFinding[] = []
    const found = new Set<string>()
    const rows = db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).iterate() as Iterable<
        Record<string, unknown>
    >
    for (const row of rows)
        for (const [column, value] of Object.entries(row)) {
            if (value === null || value === undefined) continue
            const text = Buffer.isBuffer(value) ? value.toString('latin1') : String(value)
            for (const s of secrets)
                if (text.includes(s.value) && !found.has(`${column}/${s.name}`)) {
                    found.add(`${column}/${s.name}`)
                    out.push({ where: `${table}.${column}`, which: s.name })
                }
        }
    return out
}

/** The raw bytes of a database file: a value overwritten later can still sit in free pages. */
function scanRawFile(file: string, secrets: readonly NamedSecret[]): SecretFinding[] {
    if (!fs.existsSync(file)) return []
    const bytes = fs.readFileSync(file).toString('latin1')
    return secrets
        .filter((s) => bytes.includes(s.value))
        .map((s) => ({ where: `${path.basename(file)} (raw bytes)`, which: s.name }))
}
