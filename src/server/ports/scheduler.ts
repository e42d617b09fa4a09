/** Asks the platform to continue a connection's sync at a later time (event + script action). */
export interface Scheduler {
    scheduleContinuation(connectionSysId: string, atMs: number, reason: string): void
}
