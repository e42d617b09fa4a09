import type { ObjectType } from '../../../tables/object-types'
import { IFS_DOCUMENTS } from './ifs-schema'

/**
 * The document types the emulator serves, listed from its own IFS schema rather than the engine's
 * registry: the emulator is part of the tests' independent ground truth, so it imports no engine
 * code at run time. `IFS_DOCUMENTS` is a `Record<EmulatedType, …>`, so a type added to the registry
 * without emulator data (and not excluded below) is a compile error there.
 */
export const EMULATED_TYPES = Object.keys(IFS_DOCUMENTS) as EmulatedType[]

/**
 * The types the emulator serves as document sets of their own, with headers (and lines). Receipts
 * are an object type of the connector too, but the emulator keeps them with their PO's lines and
 * serves them as a line set (line-schema's `receipt`), which the connector reads as a document set.
 */
export type EmulatedType = Exclude<ObjectType, 'receipt'>

export function isEmulatedType(value: string): value is EmulatedType {
    return (EMULATED_TYPES as string[]).includes(value)
}

/** One value per emulated type. */
export function perEmulatedType<T>(make: (objectType: EmulatedType) => T): Record<EmulatedType, T> {
    return Object.fromEntries(EMULATED_TYPES.map((t) => [t, make(t)])) as Record<EmulatedType, T>
}
