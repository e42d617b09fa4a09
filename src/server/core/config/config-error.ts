/** A setting that is missing or wrong: which field of the connection record, and what to do. */
export interface ConfigError {
    field: string
    message: string
}

export function describeConfigErrors(errors: readonly ConfigError[]): string {
    return errors.map((e) => `${e.field}: ${e.message}`).join('; ')
}
