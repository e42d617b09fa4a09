import { AUDIT } from '../../../tables/audit'
import type { AuditOperation } from '../../../tables/audit'
import type { Clock } from '../../ports/clock'
import type { RecordValues, Store } from '../../ports/store'
import { toGlideDateTime } from '../domain/glide-time'
import type { Redactor } from './redactor'

export interface AuditEvent {
    operation: AuditOperation
    objectType?: string
    sourceKey?: string
    targetTable?: string
    targetSysId?: string
    httpStatus?: number
    path?: string
    rows?: number
    durationMs?: number
    message?: string
}

const MESSAGE_MAX = AUDIT.columns.message.options.maxLength
const PATH_MAX = AUDIT.columns.path.options.maxLength
const KEY_MAX = AUDIT.columns.source_key.options.maxLength

function clip(text: string | undefined, max: number): string | null {
    if (text === undefined) return null
    return text.length > max ? text.slice(0, max - 1) + '…' : text
}

/**
 * Buffers audit events and writes them in one insertMany per flush (the engine flushes after
 * every page and at the end of a run), so auditing costs one store round trip per page.
 */
export class AuditTrail {
    private buffer: RecordValues[] = []
    private written = 0

    constructor(
        private readonly store: Store,
        private readonly clock: Clock,
        private readonly redactor: Redactor,
        private readonly ids: { connectionSysId: string; runSysId: string }
    ) {}

    record(event: AuditEvent): void {
        const scrub = (t: string | undefined) => (t === undefined ? undefined : this.redactor.scrub(t))
        this.buffer.push({
            run: this.ids.runSysId,
            connection: this.ids.connectionSysId,
            at: toGlideDateTime(this.clock.nowMs()),
            operation: event.operation,
            object_type: event.objectType ?? null,
            source_key: clip(scrub(event.sourceKey), KEY_MAX),
            target_table: event.targetTable ?? null,
            target_sys_id: event.targetSysId ?? null,
            http_status: event.httpStatus ?? null,
            path: clip(scrub(event.path), PATH_MAX),
            rows: event.rows ?? null,
            duration_ms: event.durationMs ?? null,
            message: clip(scrub(event.message), MESSAGE_MAX),
        })
    }

    flush(): void {
        if (this.buffer.length === 0) return
        const rows = this.buffer
        this.buffer = []
        this.store.insertMany(AUDIT.name, rows)
        this.written += rows.length
    }

    get pending(): number {
        return this.buffer.length
    }

    get writtenCount(): number {
        return this.written
    }
}
