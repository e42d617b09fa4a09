import type { ModelSupplier } from '../s2p-model/seed-suppliers'

/**
 * The supplier master the bench seeds: every supplier the emulator's ServiceNow list names, in
 * every legal entity it names. The emulator leaves some pairs out on purpose (the demo's
 * refusals); the bench fills them in, so the modelled transform looks every supplier up (as an
 * instance with a supplier master does) and accepts every row: its figures measure staging, not
 * refusals the data was built to cause.
 */
export function everySupplierPair(listed: readonly ModelSupplier[]): ModelSupplier[] {
    const names = new Map<string, string | null>()
    for (const s of listed)
        if (!names.has(s.supplierCode) || names.get(s.supplierCode) === null) names.set(s.supplierCode, s.name)
    const entities = [...new Set(listed.map((s) => s.legalEntity))]
    return [...names].flatMap(([supplierCode, name]) =>
        entities.map((legalEntity) => ({ supplierCode, legalEntity, name }))
    )
}
