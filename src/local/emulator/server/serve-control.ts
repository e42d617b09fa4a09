import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ObjectType } from '../../../tables/object-types'
import { EMULATED_TYPES, isEmulatedType, perEmulatedType } from '../dataset/emulated-types'
import type { EmulatorControl } from '../control'
import type { FaultPlan, FaultRule } from '../faults/fault-plan'
import { parseFaultSpec } from '../faults/parse-fault-spec'
import type { EmulatorRow, RowValue } from '../dataset/row'
import type { EmulatorStats } from './emulator-stats'
import { sendJson } from './http-io'
import { badRequest } from '../odata/odata-error'

const OBJECT_TYPES_TEXT = EMULATED_TYPES.join(' or ')

/**
 * `/__control/*`: the same control as the programmatic API, for tests in another process.
 * GET stats | faults | ground-truth | manifest | documents | tokens; POST faults (plan JSON, or {"spec": "..."}) | churn | rows |
 * late-rows ({objectType, count, secondsBehind}) | restamp-back ({objectType, keys, secondsBehind}) |
 * master-data | reset | revoke-tokens | settings; DELETE faults.
 */
export function serveControl(
    control: EmulatorControl,
    stats: () => EmulatorStats,
    req: IncomingMessage,
    res: ServerResponse,
    action: string,
    body: string
): void {
    const input = (body ? JSON.parse(body) : {}) as Record<string, unknown>
    const objectType = (): ObjectType => {
        const ot = String(input.objectType ?? '')
        if (!isEmulatedType(ot)) throw badRequest(`objectType must be ${OBJECT_TYPES_TEXT}, got '${ot}'`)
        return ot
    }
    const route = `${req.method} ${action}`
    switch (route) {
        case 'GET stats':
            return sendJson(res, 200, stats())
        case 'GET faults':
            return sendJson(res, 200, { rules: control.faultRules() })
        case 'POST faults': {
            const plan: FaultPlan =
                typeof input.spec === 'string'
                    ? parseFaultSpec(input.spec, typeof input.seed === 'number' ? input.seed : undefined)
                    : { seed: input.seed as number | undefined, rules: (input.rules ?? []) as FaultRule[] }
            control.setFaults(plan)
            return sendJson(res, 200, { rules: control.faultRules() })
        }
        case 'DELETE faults':
            control.clearFaults()
            return sendJson(res, 200, { rules: [] })
        case 'GET documents':
            return sendJson(
                res,
                200,
                perEmulatedType((t) => control.documents(t))
            )
        case 'GET tokens':
            return sendJson(res, 200, { tokens: control.issuedTokens() })
        case 'GET ground-truth':
            return sendJson(res, 200, { badRows: control.groundTruth() })
        case 'GET manifest':
            return sendJson(res, 200, control.manifest())
        case 'POST churn': {
            const rows = control.churn(objectType(), Number(input.count ?? 1), input.keys as RowValue[][] | undefined)
            return sendJson(res, 200, { changed: rows.length, rows })
        }
        case 'POST rows': {
            const overrides = Array.isArray(input.overrides) ? (input.overrides as EmulatorRow[]) : undefined
            const rows = control.addRows(
                objectType(),
                Number(input.count ?? overrides?.length ?? 1),
                input.badShare === undefined ? undefined : Number(input.badShare),
                overrides
            )
            return sendJson(res, 200, { added: rows.length, rows })
        }
        case 'POST late-rows': {
            const rows = control.addLateRows(
                objectType(),
                Number(input.count ?? 1),
                Number(input.secondsBehind ?? 0),
                input.badShare === undefined ? undefined : Number(input.badShare)
            )
            return sendJson(res, 200, { added: rows.length, rows })
        }
        case 'POST restamp-back': {
            const rows = control.restampBack(
                objectType(),
                (input.keys ?? []) as RowValue[][],
                Number(input.secondsBehind ?? 0)
            )
            return sendJson(res, 200, { changed: rows.length, rows })
        }
        case 'POST master-data':
            return sendJson(res, 200, control.fixMasterData())
        case 'POST reset':
            control.resetCounters()
            return sendJson(res, 200, stats())
        case 'POST revoke-tokens':
            control.revokeTokens()
            return sendJson(res, 200, {})
        case 'POST settings':
            if (typeof input.rateLimitPerMinute === 'number') control.setRateLimit(input.rateLimitPerMinute)
            if (typeof input.tokenLifetimeSeconds === 'number') control.setTokenLifetime(input.tokenLifetimeSeconds)
            return sendJson(res, 200, {})
        default:
            return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `No control action ${route}` } })
    }
}
