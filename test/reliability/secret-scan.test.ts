import Database from 'better-sqlite3'
import * as fs from 'fs'
import * as path from 'path'
import { namedSecrets, scanDatabase, scanTexts } from '../../src/local/faults/secret-scan'
import { tempDir } from '../support/run-cli'

/**
 * The secret scanner is checked: each test plants the client secret or a token in exactly one
 * place — a CLI output text, one column of one table, only the raw WAL file — and expects exactly
 * that finding, naming the place and which secret, never the secret itself.
 */
const SECRET = 'cs-planted-0f9e8d7c6b5a'
const TOKENS = ['tok-aaaaaaaaaaaaaaaaaaaa', 'tok-bbbbbbbbbbbbbbbbbbbb']
const secrets = namedSecrets(SECRET, TOKENS)

let dir: string
beforeAll(() => {
    dir = tempDir('mlc-secret-scan-')
})

function database(name: string, rows: [string, string | Buffer | null][] = []): string {
    const file = path.join(dir, name)
    const db = new Database(file)
    db.exec(`CREATE TABLE audit (sys_id TEXT, message TEXT, payload BLOB)`)
    db.exec(`CREATE TABLE run (sys_id TEXT, message TEXT)`)
    const insert = db.prepare(`INSERT INTO audit (sys_id, message, payload) VALUES (?, ?, ?)`)
    for (const [message, payload] of rows) insert.run(String(Math.abs(message.length)), message, payload)
    db.close()
    return file
}

describe('texts', () => {
    test('the secret and each token found in the output that holds it, by name only', () => {
        const findings = scanTexts(
            {
                'run 1 stdout': 'all fine',
                'run 1 stderr': `POST token: client_secret=${SECRET}&grant_type=client_credentials`,
                'run 2 stderr': `Authorization: Bearer ${TOKENS[1]}`,
            },
            secrets
        )
        expect(findings).toEqual([
            { where: 'run 1 stderr', which: 'client secret' },
            { where: 'run 2 stderr', which: 'token #2' },
        ])
        expect(JSON.stringify(findings)).not.toContain(SECRET)
        expect(JSON.stringify(findings)).not.toContain(TOKENS[1])
    })

    test('a secret in the middle of a long line, or split by nothing but its neighbours, is found', () => {
        expect(scanTexts({ out: `${'x'.repeat(100_000)}${TOKENS[0]}${'y'.repeat(10)}` }, secrets)).toEqual([
            { where: 'out', which: 'token #1' },
        ])
    })

    test('clean output and a redacted form are not findings', () => {
        expect(scanTexts({ out: 'client_secret=***&token=[redacted] tok-aaaa', err: '' }, secrets)).toEqual([])
    })

    test('an empty secret is never "found" everywhere', () => {
        expect(scanTexts({ out: 'anything' }, namedSecrets('', []))).toEqual([])
    })
})

describe('databases', () => {
    test('a clean database has no findings', () => {
        expect(scanDatabase(database('clean.db', [['token refreshed', null]]), secrets)).toEqual([])
    })

    test('a token in one column of one table is found there, once per column', () => {
        const file = database('column.db', [
            ['fine', null],
            [`401 with Bearer ${TOKENS[0]}`, null],
            [`again Bearer ${TOKENS[0]}`, null],
        ])
        expect(scanDatabase(file, secrets)).toEqual(
            expect.arrayContaining([{ where: 'column.db: audit.message', which: 'token #1' }])
        )
        const inTables = scanDatabase(file, secrets).filter((f) => !f.where.includes('raw bytes'))
        expect(inTables).toEqual([{ where: 'column.db: audit.message', which: 'token #1' }])
    })

    test('the client secret inside a JSON payload and inside a BLOB is found in both columns', () => {
        const file = database('payload.db', [
            ['fine', Buffer.from(`{"client_secret":"${SECRET}"}`, 'utf8')],
            [JSON.stringify({ body: { client_secret: SECRET } }), null],
        ])
        const inTables = scanDatabase(file, secrets)
            .filter((f) => !f.where.includes('raw bytes'))
            .sort((a, b) => a.where.localeCompare(b.where))
        expect(inTables).toEqual([
            { where: 'payload.db: audit.message', which: 'client secret' },
            { where: 'payload.db: audit.payload', which: 'client secret' },
        ])
    })

    test('a secret written and overwritten again, left only in the raw WAL file, is found there', () => {
        const file = database('wal.db')
        const writer = new Database(file)
        try {
            writer.pragma('journal_mode = WAL')
            // No checkpoint: the overwritten page stays in the WAL while this connection is open.
            writer.pragma('wal_autocheckpoint = 0')
            writer.prepare(`INSERT INTO run (sys_id, message) VALUES ('1', ?)`).run(`failed: ${TOKENS[1]}`)
            writer.prepare(`UPDATE run SET message = 'failed: [redacted]' WHERE sys_id = '1'`).run()
            expect(fs.readFileSync(`${file}-wal`).toString('latin1')).toContain(TOKENS[1])
            const findings = scanDatabase(file, secrets)
            expect(findings).toEqual([{ where: 'wal.db-wal (raw bytes)', which: 'token #2' }])
        } finally {
            writer.close()
        }
    })

    test('a value deleted but still in a free page of the main file is found in its raw bytes', () => {
        const file = database('free-page.db', [[`client_secret=${SECRET}`, null]])
        const db = new Database(file)
        db.pragma('secure_delete = OFF')
        db.prepare(`DELETE FROM audit`).run()
        db.close()
        const findings = scanDatabase(file, secrets)
        expect(findings).toEqual([{ where: 'free-page.db (raw bytes)', which: 'client secret' }])
    })
})
