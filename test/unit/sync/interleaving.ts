import type { Store } from '../../../src/server/ports/store'
import { ForwardingStore, type StoreCall } from '../../../src/local/store/forwarding-store'

/**
 * Runs synchronous code that talks to a Store "concurrently", one store call at a time, in every
 * order. Each store call is atomic (one statement), so any real race is one of these orders.
 *
 * Without threads, a runner is paused by replay: to take one more step it is run again from the
 * start, its earlier calls answered from a log (they are not sent again), the next call sent to
 * the real store, and the call after that refused with `Paused`. The code under test must be
 * deterministic given the answers (same clock, no randomness), which the log checks.
 */
class Paused extends Error {}

type LoggedCall = { method: string; args: string } & ({ result: unknown } | { error: unknown })

/** A runner's own handle on the shared store: passes calls through until `record()` is called. */
export class ReplayStore extends ForwardingStore {
    private log: LoggedCall[] | null = null
    private cursor = 0
    private liveCalls = 0

    constructor(live: Store) {
        super(live)
        this.atomically = undefined
    }

    /** From now on calls are logged and paced by `step`. */
    record(): void {
        this.log = []
    }

    /** Starts a replay that may send one new call to the store. */
    rewind(): void {
        this.cursor = 0
        this.liveCalls = 1
    }

    /** Each store call is one step of the race; nothing groups them into a transaction. */
    protected override around<T>(call: StoreCall, send: () => T): T {
        return this.call(call.method, call.args, send)
    }

    private call<T>(method: string, args: readonly unknown[], send: () => T): T {
        const log = this.log
        if (!log) return send()
        const key = JSON.stringify(args)
        if (this.cursor < log.length) {
            const past = log[this.cursor++]
            if (past.method !== method || past.args !== key)
                throw new Error(`not deterministic: replayed ${method}(${key}) where ${past.method}(${past.args}) was`)
            if ('error' in past) throw past.error
            return copy(past.result) as T
        }
        if (this.liveCalls === 0) throw new Paused()
        this.liveCalls--
        this.cursor++
        try {
            const result = send()
            log.push({ method, args: key, result: copy(result) })
            return result
        } catch (error) {
            log.push({ method, args: key, error })
            throw error
        }
    }
}

function copy<T>(value: T): T {
    return value === undefined ? value : structuredClone(value)
}

/** Some code run against a ReplayStore, one store call per step. */
export class SteppedRunner<R> {
    private outcome: { value: R } | null = null

    constructor(
        private readonly store: ReplayStore,
        private readonly body: () => R
    ) {
        store.record()
    }

    get done(): boolean {
        return this.outcome !== null
    }

    get result(): R {
        if (!this.outcome) throw new Error('the runner has not finished')
        return this.outcome.value
    }

    /** Sends the runner's next store call and runs it up to the one after (or to its end). */
    step(): void {
        if (this.outcome) throw new Error('the runner has finished')
        this.store.rewind()
        try {
            this.outcome = { value: this.body() }
        } catch (error) {
            if (!(error instanceof Paused)) throw error
        }
    }
}

export interface Race {
    runners: readonly SteppedRunner<unknown>[]
    /** Called when every runner has finished, with the order the steps were taken in. */
    check(order: readonly number[]): void
}

/**
 * Explores every order of the runners' store calls. `setup` builds a fresh store and runners each
 * time (an order is replayed from the start). Returns how many complete orders were checked.
 */
export function everyInterleaving(setup: () => Race): number {
    let orders = 0
    const explore = (order: number[]): void => {
        const race = setup()
        for (const i of order) race.runners[i].step()
        const open = race.runners.flatMap((r, i) => (r.done ? [] : [i]))
        if (open.length === 0) {
            try {
                race.check(order)
            } catch (error) {
                if (error instanceof Error) error.message = `steps in the order ${order.join(',')}: ${error.message}`
                throw error
            }
            orders++
            return
        }
        for (const i of open) explore([...order, i])
    }
    explore([])
    return orders
}
