import type { Redactor } from '../../server/core/audit/redactor'

/** Where a command writes: stdout for results, stderr for diagnostics; both scrubbed of secrets. */
export interface CliIo {
    out(text: string): void
    err(text: string): void
    /** True when stdout is a terminal (progress bars, colours). */
    isTty: boolean
    env: Readonly<Record<string, string | undefined>>
}

export function processIo(): CliIo {
    return {
        out: (text) => process.stdout.write(text + '\n'),
        err: (text) => process.stderr.write(text + '\n'),
        isTty: process.stdout.isTTY === true,
        env: process.env,
    }
}

/** The same io, with every line passed through the redactor. */
export function scrubbedIo(io: CliIo, redactor: Redactor): CliIo {
    return { ...io, out: (t) => io.out(redactor.scrub(t)), err: (t) => io.err(redactor.scrub(t)) }
}

/** Exit codes: 0 ok, 1 the run or a check failed, 2 usage or configuration error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
    const line = (cells: readonly string[]) =>
        cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
    return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}
