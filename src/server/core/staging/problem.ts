import type { FlagReason } from '../../../tables/flag'

/** Why a document cannot be staged, in words an AP user can act on. */
export interface Problem {
    reason: FlagReason
    message: string
}

/** A code or number inside a message: control characters made visible, long ones shortened. */
export function named(value: unknown): string {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
    const visible = text.replace(/[\u0000-\u001f]/g, (c) => '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4))
    return visible.length > 80 ? visible.slice(0, 77) + '...' : visible
}

/** A raw value inside a message, quoted so that spaces and empty text show. */
export function shown(value: unknown): string {
    return '"' + named(value) + '"'
}
