import Database from 'better-sqlite3'
import * as fs from 'fs'
import * as path from 'path'
import { runCli, tempDir } from '../support/run-cli'

test('demo (npm start) syncs, syncs again, re-reads everything after a cursor reset, stages nothing twice and ends by itself', async () => {
    const cwd = tempDir('mlc-demo-')
    const result = await runCli(['demo', '--invoices', '400', '--orders', '200'], {}, cwd)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const out = result.stdout
    expect(out).toMatch(/IFS emulator at http:\/\/127\.0\.0\.1:\d+/)
    const row = (label: string) => {
        const line = out.split('\n').find((l) => l.startsWith(label + ' '))
        if (!line) throw new Error(`no "${label}" row in:\n${out}`)
        return line
            .trim()
            .split(/\s{2,}/)
            .slice(1)
    }
    const [readFirst, readSecond, readAfterReset] = row('read').map(Number)
    const [insertedFirst, insertedSecond, insertedAfterReset] = row('inserted').map(Number)
    const [, updatedSecond, updatedAfterReset] = row('updated').map(Number)
    const [, duplicatesSecond, duplicatesAfterReset] = row('duplicates').map(Number)
    const [flaggedFirst] = row('flagged').map(Number)
    expect(readFirst).toBe(600)
    expect(insertedFirst + flaggedFirst).toBe(600)
    expect(insertedFirst).toBeGreaterThan(0)
    // The second sync re-reads the lookback window behind the cursor: every row of it a duplicate.
    expect(readSecond).toBeGreaterThan(0)
    expect(readSecond).toBeLessThan(readFirst)
    expect(duplicatesSecond).toBe(readSecond)
    expect(insertedSecond).toBe(0)
    expect(updatedSecond).toBe(0)
    // After a cursor reset every document comes again; the staging keys recognise each one.
    expect(readAfterReset).toBe(600)
    expect(insertedAfterReset).toBe(0)
    expect(updatedAfterReset).toBe(0)
    // Staged documents by staging key, flagged ones because their open flag already holds that row.
    expect(duplicatesAfterReset).toBe(insertedFirst + flaggedFirst)
    expect(out).toMatch(/Nothing was staged twice/)
    expect(out).toMatch(/Where to look:/)

    const file = path.join(cwd, '.ml-connector', 'demo.db')
    expect(fs.existsSync(file)).toBe(true)
    const db = new Database(file, { readonly: true })
    const staged = (
        db.prepare('SELECT (SELECT COUNT(*) FROM sn_apo_invoice) + (SELECT COUNT(*) FROM proc_po) AS n').get() as {
            n: number
        }
    ).n
    const flags = (db.prepare('SELECT COUNT(*) AS n FROM x_mlc_ifs_s2p_flag').get() as { n: number }).n
    db.close()
    expect(staged).toBe(insertedFirst)
    expect(flags).toBe(flaggedFirst)
    // The config the demo wrote names the secret's variable, never the secret.
    const config = JSON.parse(fs.readFileSync(path.join(cwd, '.ml-connector', 'demo-config.json'), 'utf8'))
    expect(config.ifs.clientSecretEnv).toBe('ML_CONNECTOR_CLIENT_SECRET')
    expect(JSON.stringify(config)).not.toMatch(/"clientSecret"/)
})
