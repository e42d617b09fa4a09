import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EmulatedType as ObjectType } from '../dataset/emulated-types'
import { EMULATED_TYPES, isEmulatedType, perEmulatedType } from '../dataset/emulated-types'
import type { EmulatorControl } from '../control'
import type { FaultPlan, FaultRule } from '../faults/fault-plan'
import { parseFaultSpec } from '../faults/parse-fault-spec'
import type { EmulatorRow, RowValue } from '../dataset/row'
import type { EmulatorStats } from './emulator-stats'
import { sendJson } from './http-io'
import { badRequest } from '../odata/odata-error'
import { isCollation } from '../odata/collation'
import { isNextLinkStyle } from './next-link-style'
import { isLineKind, LINE_KINDS, type LineKind } from '../dataset/line-schema'

/**
 * `/__control/*`: the same control as the programmatic API, for tests in another process.
 * GET stats | faults | ground-truth | manifest | servicenow-suppliers | documents | tokens; POST faults (plan JSON, or {"spec": "..."}) | churn | rows |
 * late-rows ({objectType, count, secondsBehind}) | restamp-back ({objectType, keys, secondsBehind}) |
 * master-data | reset | revoke-tokens | settings; DELETE faults. Lines: GET line-manifest, GET lines (every
 * kind's rows), GET line-counts (rows per kind, for the bench's minimum); POST line-churn ({kind, count, keys}) | line-remove ({kind, keys, mode: close|delete}) |
 * document-remove ({objectType, keys}: a document deleted whole, its lines with it) |
 * lines-before-header ({objectType, count}) | release-headers ({objectType}).
 */
export interface ControlDeps {
    control: EmulatorControl
    /** The counters as they stand. */
    snapshot: () => EmulatorStats
}

/** One call of the control endpoint: the action is the path after `/__control/`. */
export interface ControlRequest {
    req: IncomingMessage
    res: ServerResponse
    action: string
    body: string
}

/** The call's JSON input, and its `objectType` checked. */
interface ControlInput {
    input: Record<string, unknown>
    objectType: () => ObjectType
}

/** An action's answer (sent as JSON with 200). */
type ControlAction = (control: EmulatorControl, x: ControlInput, snapshot: () => EmulatorStats) => unknown

/** `value` if `is` accepts it, else a 400 naming the setting. */
function checked<T>(value: unknown, is: (v: unknown) => v is T, name: string): T {
    if (!is(value)) throw badRequest(`${name} cannot be ${JSON.stringify(value)}`)
    return value
}

/** The call's line `kind`, or a 400 listing them. */
function lineKindOf(input: Record<string, unknown>): LineKind {
    const kind = input.kind
    if (!isLineKind(kind)) throw badRequest(`kind must be ${LINE_KINDS.join(', ')}, got '${String(kind)}'`)
    return kind
}

const optionalNumber = (value: unknown): number | undefined => (value === undefined ? undefined : Number(value))

/** `METHOD action` → what it does and answers. */
const ACTIONS: Readonly<Record<string, ControlAction>> = {
    'GET stats': (_c, _x, snapshot) => snapshot(),
    'GET faults': (control) => ({ rules: control.faultRules() }),
    'POST faults': (control, { input }) => {
        const plan: FaultPlan =
            typeof input.spec === 'string'
                ? parseFaultSpec(input.spec, typeof input.seed === 'number' ? input.seed : undefined)
                : { seed: input.seed as number | undefined, rules: (input.rules ?? []) as FaultRule[] }
        control.setFaults(plan)
        return { rules: control.faultRules() }
    },
    'DELETE faults': (control) => {
        control.clearFaults()
        return { rules: [] }
    },
    'GET documents': (control) => perEmulatedType((t) => control.documents(t)),
    'GET tokens': (control) => ({ tokens: control.issuedTokens() }),
    'GET ground-truth': (control) => ({ badRows: control.groundTruth() }),
    'GET manifest': (control) => control.manifest(),
    'GET servicenow-suppliers': (control) => ({ suppliers: control.serviceNowSuppliers() }),
    'POST churn': (control, { input, objectType }) => {
        const rows = control.churn(objectType(), Number(input.count ?? 1), input.keys as RowValue[][] | undefined)
        return { changed: rows.length, rows }
    },
    'POST rows': (control, { input, objectType }) => {
        const overrides = Array.isArray(input.overrides) ? (input.overrides as EmulatorRow[]) : undefined
        const rows = control.addRows(
            objectType(),
            Number(input.count ?? overrides?.length ?? 1),
            optionalNumber(input.badShare),
            overrides
        )
        return { added: rows.length, rows }
    },
    'POST late-rows': (control, { input, objectType }) => {
        const rows = control.addLateRows(
            objectType(),
            Number(input.count ?? 1),
            Number(input.secondsBehind ?? 0),
            optionalNumber(input.badShare)
        )
        return { added: rows.length, rows }
    },
    'POST restamp-back': (control, { input, objectType }) => {
        const keys = (input.keys ?? []) as RowValue[][]
        const rows = control.restampBack(objectType(), keys, Number(input.secondsBehind ?? 0))
        return { changed: rows.length, rows }
    },
    'POST master-data': (control) => control.fixMasterData(),
    'GET line-manifest': (control) => control.lineManifest(),
    'GET lines': (control) => Object.fromEntries(LINE_KINDS.map((kind) => [kind, control.lines(kind)])),
    'GET line-counts': (control) => Object.fromEntries(LINE_KINDS.map((kind) => [kind, control.lines(kind).length])),
    'POST line-churn': (control, { input }) => {
        const kind = lineKindOf(input)
        if (kind !== 'purchase_order_line' && kind !== 'invoice_item' && kind !== 'receipt')
            throw badRequest('kind must be purchase_order_line, invoice_item or receipt')
        const rows = control.churnLines(kind, Number(input.count ?? 1), input.keys as RowValue[][] | undefined)
        return { changed: rows.length, rows }
    },
    'POST line-remove': (control, { input }) => {
        const mode = input.mode === 'close' ? 'close' : 'delete'
        const rows = control.removeLines(lineKindOf(input), (input.keys ?? []) as RowValue[][], mode)
        return { removed: rows.length, rows }
    },
    'POST document-remove': (control, { input, objectType }) => {
        const rows = control.deleteDocuments(objectType(), (input.keys ?? []) as RowValue[][])
        return { removed: rows.length, rows }
    },
    'POST lines-before-header': (control, { input, objectType }) => {
        const rows = control.addLinesBeforeHeader(objectType(), Number(input.count ?? 1))
        return { added: rows.length, rows }
    },
    'POST release-headers': (control, { objectType }) => {
        const rows = control.releaseHeldHeaders(objectType())
        return { released: rows.length, rows }
    },
    'POST reset': (control, _x, snapshot) => {
        control.resetCounters()
        return snapshot()
    },
    'POST revoke-tokens': (control) => {
        control.revokeTokens()
        return {}
    },
    'POST settings': (control, { input }) => {
        if (typeof input.rateLimitPerMinute === 'number') control.setRateLimit(input.rateLimitPerMinute)
        if (typeof input.tokenLifetimeSeconds === 'number') control.setTokenLifetime(input.tokenLifetimeSeconds)
        if (input.nextLinks !== undefined) control.setNextLinks(checked(input.nextLinks, isNextLinkStyle, 'nextLinks'))
        if (input.collation !== undefined) control.setCollation(checked(input.collation, isCollation, 'collation'))
        return {}
    },
}

export function serveControl(deps: ControlDeps, { req, res, action, body }: ControlRequest): void {
    const input = (body ? JSON.parse(body) : {}) as Record<string, unknown>
    const objectType = (): ObjectType => {
        const ot = String(input.objectType ?? '')
        if (!isEmulatedType(ot)) throw badRequest(`objectType must be ${EMULATED_TYPES.join(' or ')}, got '${ot}'`)
        return ot
    }
    const route = `${req.method} ${action}`
    const run = Object.hasOwn(ACTIONS, route) ? ACTIONS[route] : undefined
    if (!run) return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `No control action ${route}` } })
    sendJson(res, 200, run(deps.control, { input, objectType }, deps.snapshot))
}
