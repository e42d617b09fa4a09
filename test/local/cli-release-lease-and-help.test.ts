import * as path from 'path'
import { upsertConnection } from '../../src/local/cli/connection-row'
import { loadLocalConfig } from '../../src/local/cli/local-config'
import { SqliteStore } from '../../src/local/store/sqlite-store'
import { runCli, tempDir, writeJson } from '../support/run-cli'

// `ml-connector release-lease` against a database a dead runner left a lease in, and `--help` on
// every command (the emulator used to answer "--help needs a value").

const dir = tempDir('mlc-release-')
let n = 0

function configFile(): string {
    return writeJson(path.join(dir, `config-${++n}.json`), {
        name: 'Release',
        // Never contacted: release-lease only opens the database.
        ifs: { url: 'http://127.0.0.1:9', realm: 'ifs', clientId: 'ml-connector', insecureLocalEmulator: true },
        companies: ['10'],
        database: `db-${n}.db`,
        localInstance: { user: 'ops.admin' },
    })
}

function withStore<T>(file: string, fn: (store: SqliteStore, id: string) => T): T {
    const config = loadLocalConfig(file)
    const store = new SqliteStore({ path: config.database })
    try {
        return fn(store, upsertConnection(store, config))
    } finally {
        store.close()
    }
}

describe('ml-connector release-lease', () => {
    it('frees a lease that looks valid for days, prints who held it and audits the release', async () => {
        const file = configFile()
        withStore(file, (store, id) =>
            store.update('x_mlc_ifs_s2p_connection', id, {
                lease_owner: 'host-a:4711',
                lease_expires_at: '2099-01-01 00:00:00',
            })
        )
        const result = await runCli(['release-lease', '--config', file])
        expect(result.stderr).toBe('')
        expect(result.code).toBe(0)
        expect(result.stdout).toContain(
            'Lease of Release released (held by host-a:4711, valid until 2099-01-01 00:00:00 UTC)'
        )
        const after = withStore(file, (store, id) => ({
            row: store.get('x_mlc_ifs_s2p_connection', id),
            audit: store.query('x_mlc_ifs_s2p_audit', {}).map((a) => [a.operation, a.message]),
        }))
        expect([after.row!.lease_owner, after.row!.lease_expires_at]).toEqual([null, null])
        expect(after.audit).toEqual([
            [
                'lease_released',
                'Lease released by ops.admin; it was held by host-a:4711, valid until 2099-01-01 00:00:00 UTC',
            ],
        ])
    })

    it('says so, exit 0, when no lease is held', async () => {
        const file = configFile()
        withStore(file, () => undefined)
        const result = await runCli(['release-lease', '--config', file])
        expect(result.code).toBe(0)
        expect(result.stdout).toContain('Release holds no lease: nothing to release.')
    })

    it('exit 1 when the database has no such connection; exit 2 without --config', async () => {
        const missing = await runCli(['release-lease', '--config', configFile()])
        expect(missing.code).toBe(1)
        expect(missing.stderr).toContain('No connection "Release"')
        const usage = await runCli(['release-lease'])
        expect(usage.code).toBe(2)
        expect(usage.stderr).toContain('--config FILE is required')
    })
})

describe('--help on every command prints its usage and exits 0', () => {
    it.each([
        ['emulator', '--port N'],
        ['sync', 'ml-connector sync --config FILE'],
        ['ping', 'ml-connector ping --config FILE'],
        ['status', 'ml-connector status --config FILE'],
        ['release-lease', 'ml-connector release-lease --config FILE'],
        ['demo', 'ml-connector demo'],
    ])('%s --help', async (command, words) => {
        for (const flag of ['--help', '-h']) {
            const result = await runCli([command, flag])
            expect({ flag, code: result.code, stderr: result.stderr }).toEqual({ flag, code: 0, stderr: '' })
            expect(result.stdout).toContain('Usage: ml-connector')
            expect(result.stdout).toContain(words)
        }
    })

    it('--help after other options still prints usage and starts nothing', async () => {
        const result = await runCli(['emulator', '--port', '0', '--help'])
        expect(result.code).toBe(0)
        expect(result.stdout).toContain('Usage: ml-connector emulator')
        expect(result.stdout).not.toContain('listening')
    })

    it('the top-level usage lists release-lease', async () => {
        const result = await runCli(['--help'])
        expect(result.code).toBe(0)
        expect(result.stdout).toContain('release-lease --config FILE')
    })
})
