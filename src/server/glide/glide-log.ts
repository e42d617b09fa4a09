import { gs } from '@servicenow/glide'
import { SCOPE } from '../../tables/scope'
import type { Log } from '../ports/log'

const PREFIX = '[ml-connector] '

/**
 * The app property (Fluent: properties.now.ts) that sets the lowest level written, named by the
 * platform's convention for scoped apps (`<scope>.logging.verbosity`: off, error, warn, info, debug),
 * which the platform's own scoped logging and gs.isDebugging() honour too.
 */
export const LOG_LEVEL_PROPERTY = `${SCOPE}.logging.verbosity`

/** "off" writes nothing but errors: a failure of the connector is never silent. */
const LEVELS = ['debug', 'info', 'warn', 'error', 'off'] as const
type Level = (typeof LEVELS)[number]

/** Log over gs.*; one argument only, so braces in a message are never read as {0} placeholders. */
export class GlideLog implements Log {
    private readonly lowest: number

    constructor() {
        const configured = String(gs.getProperty(LOG_LEVEL_PROPERTY, 'info')).trim().toLowerCase()
        const index = LEVELS.indexOf(configured as Level)
        this.lowest = index >= 0 ? index : LEVELS.indexOf('info')
    }

    debug(message: string): void {
        if (this.enabled('debug')) gs.debug(PREFIX + message)
    }
    info(message: string): void {
        if (this.enabled('info')) gs.info(PREFIX + message)
    }
    warn(message: string): void {
        if (this.enabled('warn')) gs.warn(PREFIX + message)
    }
    error(message: string): void {
        gs.error(PREFIX + message)
    }

    private enabled(level: Level): boolean {
        return LEVELS.indexOf(level) >= this.lowest
    }
}
