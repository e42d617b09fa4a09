import { nearestName } from '../text/nearest-name'

// Reading an override object (JSON from the local config file or a connection's column) into
// names, collecting every problem with the path of the key it is at. Shared by the document-type
// and master-data resolvers so both word their errors alike.

/** An OData property name: what `$select`, `$filter` and `$orderby` can carry unquoted. */
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** A JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Readonly<Record<string, unknown>> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export class MappingProblems {
    readonly errors: string[] = []

    /** `stamp.format: …`; a problem with the whole override has no path. */
    add(path: string, message: string): void {
        this.errors.push(path === '' ? message : `${path}: ${message}`)
    }

    /** An object, or null (with an error unless absent): `undefined`/`null` mean "nothing overridden". */
    objectAt(path: string, value: unknown): Readonly<Record<string, unknown>> | null {
        if (value === undefined || value === null) return null
        if (isJsonObject(value)) return value
        this.add(path, 'must be a JSON object')
        return null
    }

    /** Every key of `object` must be one of `known`; an unknown one is named with the nearest known key. */
    knownKeys(path: string, object: Readonly<Record<string, unknown>>, known: readonly string[]): void {
        for (const key of Object.keys(object)) {
            if (known.includes(key)) continue
            const near = nearestName(key, known)
            const hint = near === null ? `; the keys here are ${known.join(', ')}` : `; did you mean "${near}"?`
            this.add(join(path, key), `unknown key "${key}"${hint}`)
        }
    }

    /** A property name, or null with the reason (empty, not text, not a name OData can carry). */
    nameAt(path: string, value: unknown): string | null {
        if (typeof value !== 'string') {
            this.add(path, 'must be the IFS field name as text')
            return null
        }
        if (value.trim() === '') {
            this.add(path, 'the name is empty')
            return null
        }
        if (!PROPERTY_NAME.test(value)) {
            this.add(path, `"${value}" is not an OData property name (letters, digits and _ only)`)
            return null
        }
        return value
    }

    /** One of `choices`, or null with the nearest choice named. */
    choiceAt<T extends string>(path: string, value: unknown, choices: readonly T[]): T | null {
        if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T
        const near = typeof value === 'string' ? nearestName(value, choices) : null
        const shown = typeof value === 'string' ? `"${value}"` : 'this value'
        this.add(
            path,
            `${shown} is not one of ${choices.join(', ')}${near === null ? '' : `; did you mean "${near}"?`}`
        )
        return null
    }
}

/** `fields` + `grossAmount` → `fields.grossAmount`; a top-level key stands alone. */
export function join(path: string, key: string | number): string {
    if (typeof key === 'number') return `${path}[${key}]`
    return path === '' ? key : `${path}.${key}`
}
