import { FAULT_KINDS, type FaultKind, type FaultPlan, type FaultRule, type RequestKind } from './fault-plan'

const TEXT_PARAMS = new Set(['path', 'mode', 'encoding', 'from', 'to'])
const NUMBER_PARAMS = new Set(['after', 'count', 'probability', 'delayMs', 'rows', 'bytes', 'status'])

/**
 * Parses a fault plan from a CLI flag: JSON (`{"rules":[...]}` or `[...]`), or the short form
 * `kind[:key=value,...][;kind...]`, e.g. `throttle:count=3,retryAfter=2;server_error:status=502,probability=0.1`.
 * `retryAfter=none` sends 429s without Retry-After; `requests=data+token` picks request kinds.
 */
export function parseFaultSpec(spec: string, seed?: number): FaultPlan {
    const text = spec.trim()
    if (text.startsWith('{') || text.startsWith('[')) {
        const parsed = JSON.parse(text) as FaultPlan | FaultRule[]
        const plan = Array.isArray(parsed) ? { rules: parsed } : parsed
        for (const r of plan.rules) checkKind(r.kind)
        return { seed: plan.seed ?? seed, rules: plan.rules }
    }
    const parts = text.split(';').filter((part) => part.trim())
    return { seed, rules: parts.map(parseShortRule) }
}

/** `kind[:key=value,...]`. */
function parseShortRule(part: string): FaultRule {
    const [kindText, paramText = ''] = part.split(/:(.*)/s)
    const rule: Record<string, unknown> = { kind: checkKind(kindText.trim()) }
    for (const kv of paramText.split(',')) {
        if (!kv.trim()) continue
        const eq = kv.indexOf('=')
        if (eq < 0) throw new Error(`Fault parameter '${kv}' in '${part}' needs key=value`)
        setParam(rule, { key: kv.slice(0, eq).trim(), value: kv.slice(eq + 1).trim(), part })
    }
    return rule as unknown as FaultRule
}

function setParam(
    rule: Record<string, unknown>,
    { key, value, part }: { key: string; value: string; part: string }
): void {
    if (key === 'retryAfter') rule.retryAfterSeconds = value === 'none' ? null : num(key, value)
    else if (TEXT_PARAMS.has(key)) rule[key] = value
    else if (key === 'requests') rule.requests = value.split('+') as RequestKind[]
    else if (NUMBER_PARAMS.has(key)) rule[key] = num(key, value)
    else throw new Error(`Unknown fault parameter '${key}' in '${part}'`)
}

function checkKind(kind: string): FaultKind {
    if (!(FAULT_KINDS as readonly string[]).includes(kind))
        throw new Error(`Unknown fault kind '${kind}'; known: ${FAULT_KINDS.join(', ')}`)
    return kind as FaultKind
}

function num(key: string, value: string): number {
    const n = Number(value)
    if (!Number.isFinite(n)) throw new Error(`Fault parameter ${key} must be a number, got '${value}'`)
    return n
}
