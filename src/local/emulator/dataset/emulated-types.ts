import type { ObjectType } from '../../../tables/object-types'
import { IFS_DOCUMENTS } from './ifs-schema'

/**
 * The document types the emulator serves, listed from its own IFS schema rather than the engine's
 * registry: the emulator is part of the tests' independent ground truth, so it imports no engine
 * code at run time. `IFS_DOCUMENTS` is a `Record<ObjectType, …>`, so a type added to the registry
 * without emulator data is a compile error there.
 */
export const EMULATED_TYPES = Object.keys(IFS_DOCUMENTS) as ObjectType[]

export function isEmulatedType(value: string): value is ObjectType {
    return (EMULATED_TYPES as string[]).includes(value)
}

/** One value per emulated type. */
export function perEmulatedType<T>(make: (objectType: ObjectType) => T): Record<ObjectType, T> {
    return Object.fromEntries(EMULATED_TYPES.map((t) => [t, make(t)])) as Record<ObjectType, T>
}
