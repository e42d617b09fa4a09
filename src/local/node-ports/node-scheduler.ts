import type { Scheduler } from '../../server/ports/scheduler'

export interface Continuation {
    connectionSysId: string
    atMs: number
    reason: string
}

/** No event queue in Node: continuations are collected and the CLI says when to run again. */
export class NodeScheduler implements Scheduler {
    readonly continuations: Continuation[] = []

    scheduleContinuation(connectionSysId: string, atMs: number, reason: string): void {
        this.continuations.push({ connectionSysId, atMs, reason })
    }
}
