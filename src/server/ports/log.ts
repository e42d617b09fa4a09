/** Operational log (gs.info etc. on the instance). Messages never carry a secret. */
export interface Log {
    debug(message: string): void
    info(message: string): void
    warn(message: string): void
    error(message: string): void
}
