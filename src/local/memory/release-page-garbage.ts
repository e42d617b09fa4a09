import * as v8 from 'v8'
import * as vm from 'vm'

/**
 * A full garbage collection, for the runner to call between pages. A page of 5000 rows lives
 * through many young-generation scavenges while it is staged, so its garbage is promoted and
 * V8 lets the old generation grow for several pages before collecting it: the runner's peak would
 * then depend on how many pages a run has. Collecting at each page boundary (a few ms against
 * hundreds for the page) keeps the footprint that of one page. `gc` is exposed without a command
 * line flag, so `node build/local/cli.js` and `npm start` get it too.
 */
let collect: (() => void) | null | undefined

export function releasePageGarbage(): void {
    if (collect === undefined) collect = exposeGc()
    if (collect) collect()
}

function exposeGc(): (() => void) | null {
    const existing = (globalThis as { gc?: () => void }).gc
    if (typeof existing === 'function') return existing
    try {
        v8.setFlagsFromString('--expose-gc')
        const gc = vm.runInNewContext('gc') as unknown
        return typeof gc === 'function' ? (gc as () => void) : null
    } catch {
        return null
    }
}
