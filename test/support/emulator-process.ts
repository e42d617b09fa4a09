import { spawn } from 'child_process'
import type { ChildProcess } from 'child_process'
import * as fs from 'fs'
import * as path from 'path'
import type { LineManifest } from '../../src/local/emulator/dataset/line-manifest'
import type { Manifest } from '../../src/local/emulator/dataset/manifest'

/** The bundled CLI (scripts/build-local.js, run by jest's globalSetup). */
export const CLI_PATH = path.resolve(__dirname, '..', '..', 'build', 'local', 'cli.js')

export interface EmulatorProcess {
    /** Base URL, e.g. `http://127.0.0.1:41234`. */
    url: string
    port: number
    /** Every stdout line printed so far (the first is the URL line). */
    output: string[]
    control: EmulatorControl
    /** Kills the process and waits until it has exited. */
    stop(): Promise<void>
}

/**
 * Runs `ml-connector emulator --port 0 ...args` as a child process. The emulator must live in
 * another process (or thread) than code using the blocking HTTP client, whose calling thread
 * sleeps in Atomics.wait while the request is in flight.
 */
export async function startEmulatorProcess(
    args: readonly string[] = [],
    options: { clientSecret?: string; timeoutMs?: number } = {}
): Promise<EmulatorProcess> {
    const timeoutMs = options.timeoutMs ?? 30000
    if (!fs.existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run \`npm run build:local\``)
    // The emulator takes its client secret from IFS_EMULATOR_CLIENT_SECRET (else it generates one).
    const env = { ...process.env }
    if (options.clientSecret !== undefined) env.IFS_EMULATOR_CLIENT_SECRET = options.clientSecret
    const child = spawn(process.execPath, [CLI_PATH, 'emulator', '--port', '0', ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env,
    })
    const output: string[] = []
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

    const url = await new Promise<string>((resolve, reject) => {
        let pending = ''
        const timer = setTimeout(() => fail(new Error(`emulator printed no URL within ${timeoutMs} ms`)), timeoutMs)
        const fail = (error: Error) => {
            clearTimeout(timer)
            child.kill('SIGKILL')
            reject(new Error(`${error.message}\nstdout: ${output.join('\n')}\nstderr: ${stderr}`))
        }
        const early = (code: number | null) =>
            fail(new Error(`emulator exited with code ${code} before printing its URL`))
        child.once('exit', early)
        child.stdout!.on('data', (chunk: Buffer) => {
            pending += chunk.toString()
            let newline: number
            while ((newline = pending.indexOf('\n')) >= 0) {
                output.push(pending.slice(0, newline).replace(/\r$/, ''))
                pending = pending.slice(newline + 1)
            }
            const found = output.length > 0 ? /https?:\/\/[^\s]+/.exec(output[0]) : null
            if (found) {
                clearTimeout(timer)
                child.off('exit', early)
                resolve(found[0].replace(/\/$/, ''))
            }
        })
    })

    return {
        url,
        port: Number(new URL(url).port),
        output,
        control: new EmulatorControl(url),
        stop: () => stopChild(child, exited),
    }
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    const killer = setTimeout(() => child.kill('SIGKILL'), 3000)
    await exited
    clearTimeout(killer)
}

/** Client for the emulator's `/__control/*` endpoints (fault plan, churn, master data, stats). */
class EmulatorControl {
    constructor(readonly baseUrl: string) {}

    async get<T = unknown>(controlPath: string): Promise<T> {
        return this.call<T>('GET', controlPath)
    }

    async post<T = unknown>(controlPath: string, body: unknown = {}): Promise<T> {
        return this.call<T>('POST', controlPath, body)
    }

    /** Replaces the fault plan: a FaultPlan (`{ rules: [...] }`) or the CLI short form (`{ spec: '...' }`). */
    async setFaults(
        plan: { rules: readonly object[]; seed?: number } | { spec: string; seed?: number }
    ): Promise<unknown> {
        return this.post('faults', plan)
    }

    async clearFaults(): Promise<unknown> {
        return this.call('DELETE', 'faults')
    }

    /** Modifies `count` rows after they were read (new Objversion, changed amounts/state). */
    async churn(objectType: 'supplier_invoice' | 'purchase_order', count: number): Promise<{ changed: number }> {
        return this.post('churn', { objectType, count })
    }

    async addRows(
        objectType: 'supplier_invoice' | 'purchase_order',
        count: number,
        badShare?: number
    ): Promise<{ added: number }> {
        return this.post('rows', { objectType, count, badShare })
    }

    /** New rows stamped `secondsBehind` before the newest stamp, visible only from now on: a late commit. */
    async addLateRows(
        objectType: 'supplier_invoice' | 'purchase_order',
        count: number,
        secondsBehind: number,
        badShare = 0
    ): Promise<{ added: number; rows: Record<string, unknown>[] }> {
        return this.post('late-rows', { objectType, count, secondsBehind, badShare })
    }

    /** Changes the rows of `keys` and moves their stamps back to `secondsBehind` before the newest stamp. */
    async restampBack(
        objectType: 'supplier_invoice' | 'purchase_order',
        keys: readonly (readonly (string | number)[])[],
        secondsBehind: number
    ): Promise<{ changed: number; rows: Record<string, unknown>[] }> {
        return this.post('restamp-back', { objectType, keys, secondsBehind })
    }

    /** Adds the master data that bad rows referenced but IFS lacked. */
    async fixMasterData(): Promise<unknown> {
        return this.post('master-data')
    }

    async reset(): Promise<unknown> {
        return this.post('reset')
    }

    async revokeTokens(): Promise<unknown> {
        return this.post('revoke-tokens')
    }

    async settings(values: { rateLimitPerMinute?: number; tokenLifetimeSeconds?: number }): Promise<unknown> {
        return this.post('settings', values)
    }

    /** The bad rows the generator made, and why: what the connector must flag. */
    async groundTruth<T = { objectType: string; reason: string; key: Record<string, unknown> }>(): Promise<{
        badRows: T[]
    }> {
        return this.get('ground-truth')
    }

    /** Every document with its expected outcome and target values, computed by the emulator (the contract). */
    async manifest(): Promise<Manifest> {
        return this.get<Manifest>('manifest')
    }

    /** Every document's lines, the receipts, lines before their header and removed lines, as IFS holds them now. */
    async lineManifest(): Promise<LineManifest> {
        return this.get<LineManifest>('line-manifest')
    }

    async stats<T = unknown>(): Promise<T> {
        return this.get<T>('stats')
    }

    private async call<T>(method: string, controlPath: string, body?: unknown): Promise<T> {
        const url = `${this.baseUrl}/__control/${controlPath.replace(/^\//, '')}`
        // One connection per call: a kept-alive socket that sat idle through a sync (seconds) can be
        // closed by the server's keep-alive timeout just as fetch reuses it ("other side closed"), a
        // race that loaded CI machines hit.
        const response = await fetch(url, {
            method,
            headers: { connection: 'close', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
            body: body === undefined ? undefined : JSON.stringify(body),
        })
        const text = await response.text()
        if (!response.ok) throw new Error(`${method} ${url} → ${response.status}: ${text}`)
        return (text ? JSON.parse(text) : undefined) as T
    }
}
