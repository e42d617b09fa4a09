import { AuditTrail } from '../../../src/server/core/audit/audit-trail'
import { Redactor } from '../../../src/server/core/audit/redactor'
import type { ConnectionConfig } from '../../../src/server/core/config/connection-config'
import { parseStoredConnection } from '../../../src/server/core/config/load-connection'
import { createIfsClient } from '../../../src/server/core/ifs/ifs-client'
import { newRequestCounters } from '../../../src/server/core/ifs/request-counters'
import type { HttpResult } from '../../../src/server/ports/http'
import { AUDIT, CONNECTION } from '../../../src/tables'
import { FakeClock } from '../../fakes/fake-clock'
import { FakeIfs } from '../../fakes/fake-ifs'
import { fakePorts } from '../../fakes/fake-ports'
import { FakeTokenSource } from '../../fakes/fake-tokens'
import { MemoryStore } from '../../fakes/memory-store'
import { ScriptedHttp } from '../../fakes/scripted-http'
import { ACME_CONNECTION, insertTypeRows } from '../../support/connection-types'

export const PO_SET = 'PurchaseOrderHandling.svc/PurchaseOrderSet'

/** What the Http port answers when IFS refuses the connection (a transport failure, not an HTTP status). */
export const REFUSED: Extract<HttpResult, { kind: 'transport_error' }> = {
    kind: 'transport_error',
    reason: 'connection',
    cause: 'refused',
    message: 'connection refused: acme.ifs.cloud:443',
}

/** A connection, fake IFS, scripted Http, tokens and an IFS client wired the way runJob wires them. */
export function clientHarness(
    opts: {
        pageSize?: number
        ceiling?: number
        maxInlineWaitMs?: number
        tokenLifetime?: number
        latencyMs?: number
        random?: () => number
    } = {}
) {
    const clock = new FakeClock()
    const store = new MemoryStore({ nowMs: () => clock.nowMs() })
    const ifs = new FakeIfs()
    const http = new ScriptedHttp(ifs.handle, { clock, latencyMs: opts.latencyMs ?? 0 })
    const tokens = new FakeTokenSource(opts.tokenLifetime ?? 3600, (t) => ifs.validTokens.add(t))
    const ports = fakePorts({ http, tokens, store, clock, maxInlineWaitMs: opts.maxInlineWaitMs ?? 0 })
    const connectionSysId = store.insert(CONNECTION.name, {
        ...ACME_CONNECTION,
        page_size: opts.pageSize ?? 100,
        request_ceiling: opts.ceiling ?? 1000,
    })
    insertTypeRows(store, connectionSysId)
    const parsed = parseStoredConnection(store, store.get(CONNECTION.name, connectionSysId)!)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    const config: ConnectionConfig = parsed.config
    const redactor = new Redactor()
    const audit = new AuditTrail(store, clock, redactor, { connectionSysId, runSysId: 'r'.repeat(32) })
    const counters = newRequestCounters()
    const make = () =>
        createIfsClient(
            { ports, connection: config, audit, redactor, counters },
            { random: opts.random ?? (() => 0.5) }
        )
    const client = make()
    const auditRows = () => {
        audit.flush()
        return store.query(AUDIT.name, {})
    }
    return { clock, store, ifs, http, tokens, ports, config, redactor, audit, counters, client, make, auditRows }
}

export function poRows(
    n: number,
    stamp = (i: number) =>
        `2026011508${String(Math.floor(i / 60) % 60).padStart(2, '0')}${String(i % 60).padStart(2, '0')}`
) {
    return Array.from({ length: n }, (_, i) => ({
        Objversion: stamp(i),
        OrderNo: `PO${String(i).padStart(5, '0')}`,
        Company: '10',
        VendorNo: 'V1',
        NetAmount: i,
    }))
}
