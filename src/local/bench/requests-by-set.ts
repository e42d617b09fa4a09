import { PROJECTION_ROOT } from '../emulator/server/entity-set-paths'
import type { DataSetName } from './workload'
import { BENCH_DATA_SET_PATHS } from './workload'

/** One data set's requests in a first run: made (as the emulator served them) and the fewest that do. */
export interface SetRequests {
    made: number
    minimum: number
}

const SET_OF_PATH = new Map(
    (Object.entries(BENCH_DATA_SET_PATHS) as [DataSetName, string][]).map(([name, path]) => [path, name])
)

/**
 * The data set a served path names: `…/PurchaseOrderHandling.svc/PurchaseOrderSet` or one row of
 * it (`…/PurchaseOrderSet(OrderNo='PO1')`); null for anything else (master data, `$metadata`,
 * the token).
 */
function setOfPath(path: string): DataSetName | null {
    if (!path.startsWith(PROJECTION_ROOT)) return null
    const rest = path.slice(PROJECTION_ROOT.length)
    const key = rest.indexOf('(')
    return SET_OF_PATH.get(key < 0 ? rest : rest.slice(0, key)) ?? null
}

/**
 * Requests made and the minimum per data set. `byPath`: the emulator's own count of the requests it
 * served, by decoded path (not the engine's counters), so a request the engine did not count is
 * still in; a set the minimum knows but no request reached shows 0 made.
 */
export function requestsBySet(
    byPath: Readonly<Record<string, number>>,
    minimum: Partial<Record<DataSetName, number>>
): Partial<Record<DataSetName, SetRequests>> {
    const out: Partial<Record<DataSetName, SetRequests>> = {}
    for (const [name, n] of Object.entries(minimum) as [DataSetName, number][]) out[name] = { made: 0, minimum: n }
    for (const [path, n] of Object.entries(byPath)) {
        const name = setOfPath(path)
        if (name === null) continue
        const set = (out[name] ??= { made: 0, minimum: 0 })
        set.made += n
    }
    return out
}
