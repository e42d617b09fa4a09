import { spawn } from 'child_process'

export interface EmulatorChild {
    url: string
    /** Every stdout line so far. */
    output: string[]
    stop(): Promise<void>
}

/**
 * Starts `ml-connector emulator --port 0 ...` as a child process and resolves with the URL its
 * first stdout line names. The runner's HTTP blocks its own thread, so the emulator may not
 * live in this process.
 */
export function spawnEmulatorChild(
    cliPath: string,
    args: readonly string[],
    env: Readonly<Record<string, string | undefined>> = process.env,
    timeoutMs = 60000
): Promise<EmulatorChild> {
    const child = spawn(process.execPath, [cliPath, 'emulator', '--port', '0', ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...env },
    })
    const output: string[] = []
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const stop = async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
        const killer = setTimeout(() => child.kill('SIGKILL'), 3000)
        await exited
        clearTimeout(killer)
    }
    return new Promise((resolve, reject) => {
        let pending = ''
        let settled = false
        const fail = (message: string) => {
            if (settled) return
            settled = true
            clearTimeout(timer)
            child.kill('SIGKILL')
            reject(new Error(`${message}${stderr ? `\n${stderr.trim()}` : ''}`))
        }
        const timer = setTimeout(() => fail(`the emulator printed no URL within ${timeoutMs} ms`), timeoutMs)
        child.once('exit', (code) => fail(`the emulator exited (code ${code}) before printing its URL`))
        child.stdout.on('data', (chunk: Buffer) => {
            pending += chunk.toString()
            let newline: number
            while ((newline = pending.indexOf('\n')) >= 0) {
                output.push(pending.slice(0, newline).replace(/\r$/, ''))
                pending = pending.slice(newline + 1)
            }
            const found = !settled && output.length > 0 ? /https?:\/\/[^\s]+/.exec(output[0]) : null
            if (found) {
                settled = true
                clearTimeout(timer)
                resolve({ url: found[0].replace(/\/$/, ''), output, stop })
            }
        })
    })
}
