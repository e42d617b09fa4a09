import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { runEmulatorCli } from '../../src/local/emulator/main'
import type { RunningEmulator } from '../../src/local/emulator/start-emulator'
import { startEmulator } from '../../src/local/emulator/start-emulator'
import { controlCall, get, getToken, INVOICES, ORDERS } from './helpers'

describe('emulator: control endpoint', () => {
    let emu: RunningEmulator
    beforeAll(async () => {
        emu = await startEmulator({ dataset: { seed: 8, invoices: 500, orders: 100, badShare: 0.1 } })
    })
    afterAll(() => emu.close())
    const control = (method: string, action: string, body?: unknown) => controlCall(emu, method, action, body)

    it('sets and clears faults from another process, and reports stats', async () => {
        const token = await getToken(emu)
        expect((await control('POST', 'faults', { spec: 'server_error:status=504,count=1' })).status).toBe(200)
        expect((await get(emu, token, `${ORDERS}?$top=1`)).status).toBe(504)
        expect((await get(emu, token, `${ORDERS}?$top=1`)).status).toBe(200)
        await control('POST', 'faults', { rules: [{ kind: 'throttle', retryAfterSeconds: 7 }] })
        expect((await get(emu, token, `${ORDERS}?$top=1`)).headers.get('retry-after')).toBe('7')
        await control('DELETE', 'faults')
        expect((await get(emu, token, `${ORDERS}?$top=1`)).status).toBe(200)
        const stats = (await control('GET', 'stats')).body as {
            requests: Record<string, number>
            throttled: number
            byPath: Record<string, number>
            byStatus: Record<string, number>
        }
        expect(stats.requests.token).toBe(1)
        expect(stats.requests.data).toBe(4)
        expect(stats.throttled).toBe(1)
        expect(stats.byStatus['504']).toBe(1)
        expect(stats.byPath['/main/ifsapplications/projection/v1/' + ORDERS]).toBe(4)
        await control('POST', 'reset')
        expect(((await control('GET', 'stats')).body.requests as Record<string, number>).data).toBe(0)
    })

    it('churns rows, adds rows and fixes master data, with ground truth following', async () => {
        const token = await getToken(emu)
        const before = (await control('GET', 'ground-truth')).body.badRows as { reason: string }[]
        expect(before.length).toBe(60)
        const churned = await control('POST', 'churn', { objectType: 'supplier_invoice', count: 5 })
        expect(churned.body.changed).toBe(5)
        const newest = await get(emu, token, `${INVOICES}?$orderby=Objversion desc&$top=5`)
        const stamp = (churned.body.rows as { Objversion: string }[])[0].Objversion
        expect(newest.body.value?.every((r) => r.Objversion === stamp)).toBe(true)
        expect(
            (await control('POST', 'rows', { objectType: 'purchase_order', count: 10, badShare: 0 })).body.added
        ).toBe(10)
        expect((await get(emu, token, `${ORDERS}?$count=true&$top=0`)).body['@odata.count']).toBe(110)
        const fixed = await control('POST', 'master-data')
        expect(fixed.status).toBe(200)
        const after = (await control('GET', 'ground-truth')).body.badRows as { reason: string }[]
        expect(after.length).toBe(
            before.filter((t) => t.reason === 'missing_field' || t.reason === 'invalid_value').length
        )
        expect((await control('POST', 'churn', { objectType: 'nope' })).status).toBe(400)
    })
})

describe('emulator CLI', () => {
    it('prints the URL first, serves, and stops when closed', async () => {
        const lines: string[] = []
        let running: RunningEmulator | undefined
        const done = runEmulatorCli(
            ['--seed', '3', '--invoices', '50', '--orders', '20', '--faults', 'slow:delayMs=1'],
            { out: (l) => lines.push(l), err: (l) => lines.push('ERR ' + l), env: {} },
            (e) => (running = e)
        )
        while (!running) await new Promise((r) => setTimeout(r, 10))
        expect(lines[0]).toBe(`IFS emulator listening on ${running.url}`)
        expect(lines.join('\n')).toMatch(/client secret \(generated for this emulator\): [0-9a-f]{24}/)
        const secret = /: ([0-9a-f]{24})$/.exec(
            lines.find((l) => l.startsWith('client secret')) as string
        )?.[1] as string
        const token = await getToken(running, { clientId: 'ml-connector', clientSecret: secret })
        const page = await get(running, token, `${INVOICES}?$count=true&$top=0`)
        expect(page.body['@odata.count']).toBe(50)
        await running.close()
        expect(await done).toBe(0)
    })

    it('never prints a secret it was given, and rejects bad flags with exit code 2', async () => {
        const lines: string[] = []
        let running: RunningEmulator | undefined
        const done = runEmulatorCli(
            [],
            {
                out: (l) => lines.push(l),
                err: (l) => lines.push(l),
                env: { IFS_EMULATOR_CLIENT_SECRET: 's3cr3t-value' },
            },
            (e) => (running = e)
        )
        while (!running) await new Promise((r) => setTimeout(r, 10))
        expect(lines.join('\n')).not.toContain('s3cr3t-value')
        await getToken(running, { clientId: 'ml-connector', clientSecret: 's3cr3t-value' })
        await running.close()
        await done
        const errs: string[] = []
        const io = { out: (l: string) => errs.push(l), err: (l: string) => errs.push(l), env: {} }
        expect(await runEmulatorCli(['--invoices', 'many'], io)).toBe(2)
        expect(await runEmulatorCli(['--faults', 'explode'], io)).toBe(2)
        expect(await runEmulatorCli(['--nope', '1'], io)).toBe(2)
        expect(errs.join('\n')).toMatch(/--invoices must be an integer/)
    })

    it('prints its URL as the first stdout line when started as a child process', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'emu-cli-'))
        const entry = join(dir, 'entry.ts')
        writeFileSync(
            entry,
            `import { runEmulatorCli } from ${JSON.stringify(join(__dirname, '../../src/local/emulator/main'))}\n` +
                `runEmulatorCli(process.argv.slice(2)).then((code) => process.exit(code))\n`
        )
        const out = join(dir, 'emulator.js')
        buildSync({
            entryPoints: [entry],
            bundle: true,
            platform: 'node',
            target: 'node20',
            outfile: out,
            logLevel: 'silent',
        })
        const child = spawn(process.execPath, [out, '--port', '0', '--invoices', '30', '--orders', '10'], {
            stdio: ['ignore', 'pipe', 'pipe'],
        })
        try {
            const first = await new Promise<string>((resolve, reject) => {
                let buf = ''
                child.stdout.on('data', (d: Buffer) => {
                    buf += d.toString()
                    const nl = buf.indexOf('\n')
                    if (nl >= 0) resolve(buf.slice(0, nl))
                })
                child.on('exit', (code) => reject(new Error(`exited ${code}`)))
            })
            const m = /^IFS emulator listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(first)
            expect(m).not.toBeNull()
            const res = await fetch(`${m?.[1]}/__control/stats`)
            expect(res.status).toBe(200)
        } finally {
            const exited = new Promise((r) => child.on('exit', r))
            child.kill('SIGTERM')
            expect(await exited).toBe(0)
        }
    })
})
