import Database from 'better-sqlite3'
import * as fs from 'fs'
import * as path from 'path'

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

/** The client secret and every access token the emulator issued, named for findings. */
export function namedSecrets(clientSecret: string, tokens: readonly string[]): NamedSecret[] {
    return [
        { name: 'client secret', value: clientSecret },
        ...tokens.map((value, i) => ({ name: `token #${i + 1}`, value })),
    ]
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
    const out: SecretFinding[] = []
    const db = new Database(file, { readonly: true, fileMustExist: true })
    try {
        const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]
        for (const { name } of tables) {
            const found = new Set<string>()
            for (const row of db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).iterate() as Iterable<
                Record<string, unknown>
            >)
                for (const [column, value] of Object.entries(row)) {
                    if (value === null || value === undefined) continue
                    const text = Buffer.isBuffer(value) ? value.toString('latin1') : String(value)
                    for (const s of secrets)
                        if (s.value && text.includes(s.value) && !found.has(`${column}/${s.name}`)) {
                            found.add(`${column}/${s.name}`)
                            out.push({ where: `${path.basename(file)}: ${name}.${column}`, which: s.name })
                        }
                }
        }
    } finally {
        db.close()
    }
    for (const suffix of ['', '-wal', '-shm']) {
        const f = file + suffix
        if (!fs.existsSync(f)) continue
        const bytes = fs.readFileSync(f).toString('latin1')
        for (const s of secrets)
            if (s.value && bytes.includes(s.value))
                out.push({ where: `${path.basename(f)} (raw bytes)`, which: s.name })
    }
    return out
}
