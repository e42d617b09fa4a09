import { gs } from '@servicenow/glide'
import type { Log } from '../ports/log'

const PREFIX = '[ml-connector] '

/** Log over gs.*; one argument only, so braces in a message are never read as {0} placeholders. */
export class GlideLog implements Log {
    debug(message: string): void {
        gs.debug(PREFIX + message)
    }
    info(message: string): void {
        gs.info(PREFIX + message)
    }
    warn(message: string): void {
        gs.warn(PREFIX + message)
    }
    error(message: string): void {
        gs.error(PREFIX + message)
    }
}
