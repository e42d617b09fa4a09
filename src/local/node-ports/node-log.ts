import type { Redactor } from '../../server/core/audit/redactor'
import type { Log } from '../../server/ports/log'

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent'

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 }

/** Operational log on stderr (stdout stays for results and --json), scrubbed of secrets. */
export class NodeLog implements Log {
    constructor(
        private readonly level: LogLevel,
        private readonly redactor: Redactor,
        private readonly write: (line: string) => void = (line) => process.stderr.write(line + '\n')
    ) {}

    debug(message: string): void {
        this.emit('debug', message)
    }
    info(message: string): void {
        this.emit('info', message)
    }
    warn(message: string): void {
        this.emit('warn', message)
    }
    error(message: string): void {
        this.emit('error', message)
    }

    private emit(level: Exclude<LogLevel, 'silent'>, message: string): void {
        if (RANK[level] < RANK[this.level]) return
        this.write(`[${level}] ${this.redactor.scrub(message)}`)
    }
}
