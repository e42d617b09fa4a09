/**
 * Base of the connector's own exceptions. The instance's script engine cannot subclass built-ins
 * (`Error` included: see the SDK's JavaScript compatibility guide), so these are plain classes that
 * carry a name and a message the way an Error does; `instanceof` works on them everywhere.
 */
export abstract class Failure {
    name = 'Failure'

    constructor(readonly message: string) {}

    toString(): string {
        return `${this.name}: ${this.message}`
    }
}

/** The message of anything thrown: a Failure, a platform or JavaScript error, or a bare value. */
export function messageOf(thrown: unknown): string {
    if (thrown !== null && typeof thrown === 'object' && typeof (thrown as { message?: unknown }).message === 'string')
        return (thrown as { message: string }).message
    return String(thrown)
}

/** The name of what was thrown, for "unexpected X" messages. */
export function nameOf(thrown: unknown): string {
    if (thrown !== null && typeof thrown === 'object' && typeof (thrown as { name?: unknown }).name === 'string')
        return (thrown as { name: string }).name
    return 'error'
}
