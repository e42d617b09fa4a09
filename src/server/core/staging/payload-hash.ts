import type { Digest } from '../../ports/digest'
import type { TargetValues } from './target-record'

/** A shape's columns in name order, each as the JSON that opens its `[name,` pair. */
interface Shape {
    names: readonly string[]
    openers: readonly string[]
}

/**
 * Shapes by their column list in insertion order. A run builds every header of a table (and every
 * line) with one column list, so the sort and the names' JSON are done once per list, not per row.
 * Bounded: a map whose columns keep changing only costs the cache being refilled.
 */
const SHAPES = new Map<string, Shape>()
const MAX_SHAPES = 64

function shapeOf(values: TargetValues): Shape {
    const keys = Object.keys(values)
    const id = keys.join('\u0000')
    let shape = SHAPES.get(id)
    if (shape === undefined) {
        const names = keys.sort()
        shape = { names, openers: names.map((n) => `[${JSON.stringify(n)},`) }
        if (SHAPES.size >= MAX_SHAPES) SHAPES.clear()
        SHAPES.set(id, shape)
    }
    return shape
}

/**
 * Hash of what would be written to the target, columns in name order: equal hash = nothing changed.
 * The text hashed is `JSON.stringify` of the `[name, value]` pairs (stored hashes were made so),
 * written out pair by pair without an array per column.
 */
export function payloadHash(values: TargetValues, digest: Digest): string {
    const { names, openers } = shapeOf(values)
    let text = '['
    for (let i = 0; i < names.length; i++)
        // Inside an array JSON writes null for what it cannot write alone (undefined).
        text += `${i === 0 ? '' : ','}${openers[i]}${JSON.stringify(values[names[i]]) ?? 'null'}]`
    return digest.sha256Hex(text + ']')
}
