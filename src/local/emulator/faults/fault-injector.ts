import { Random } from '../dataset/random'
import { STATUS_FAULTS, type FaultKind, type FaultPlan, type FaultRule, type RequestKind } from './fault-plan'

interface RuleState {
    rule: FaultRule
    seen: number
    fired: number
}

const DEFAULT_REQUESTS: readonly RequestKind[] = ['data', 'master_data']

/** A `$metadata` fault is about `$metadata` requests unless the rule says otherwise. */
function defaultRequests(kind: FaultKind): readonly RequestKind[] {
    return kind === 'rename_in_metadata' ? ['metadata'] : DEFAULT_REQUESTS
}

/** Decides, request by request, which rules of the fault plan fire. Deterministic by seed. */
export class FaultInjector {
    private states: RuleState[] = []
    private rnd = new Random(1)
    readonly firedByKind: Partial<Record<FaultKind, number>> = {}

    constructor(plan?: FaultPlan) {
        this.setPlan(plan ?? { rules: [] })
    }

    setPlan(plan: FaultPlan): void {
        this.states = plan.rules.map((rule) => ({ rule, seen: 0, fired: 0 }))
        this.rnd = new Random(plan.seed ?? 1)
    }

    addRules(rules: readonly FaultRule[]): void {
        for (const rule of rules) this.states.push({ rule, seen: 0, fired: 0 })
    }

    rules(): FaultRule[] {
        return this.states.map((s) => s.rule)
    }

    resetCounters(): void {
        for (const k of Object.keys(this.firedByKind)) delete this.firedByKind[k as FaultKind]
    }

    /** Rules of the given phase that fire for this request, in plan order. */
    fire(
        phase: 'status' | 'body',
        kind: RequestKind,
        path: string,
        applies: (rule: FaultRule) => boolean = () => true
    ): FaultRule[] {
        const out: FaultRule[] = []
        for (const s of this.states) {
            const r = s.rule
            if (!concerns(r, { phase, kind, path }) || !applies(r) || !this.takesTurn(s)) continue
            this.firedByKind[r.kind] = (this.firedByKind[r.kind] ?? 0) + 1
            out.push(r)
            // One request gets one answer: after a replacing status fault, later rules keep their turn.
            if (phase === 'status' && r.kind !== 'slow') break
        }
        return out
    }

    /** Counts a request the rule applies to; true when the rule fires on it (after, count, probability). */
    private takesTurn(s: RuleState): boolean {
        const r = s.rule
        s.seen++
        if (s.seen <= (r.after ?? 0)) return false
        if (r.count !== undefined && s.fired >= r.count) return false
        if (r.probability !== undefined && !(this.rnd.next() < r.probability)) return false
        s.fired++
        return true
    }
}

/** Whether a rule is about this request at all: its phase, request kind and path. */
function concerns(r: FaultRule, request: { phase: 'status' | 'body'; kind: RequestKind; path: string }): boolean {
    if (STATUS_FAULTS.has(r.kind) !== (request.phase === 'status')) return false
    if (!(r.requests ?? defaultRequests(r.kind)).includes(request.kind)) return false
    return r.path === undefined || request.path.includes(r.path)
}
