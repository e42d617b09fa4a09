import { CONNECTION } from '../../../tables/connection'
import type { Ports } from '../../ports/ports'
import { AuditTrail } from '../audit/audit-trail'
import { Redactor } from '../audit/redactor'
import { fromGlideDateTime } from '../domain/glide-time'
import { error, info } from './action-message'
import { connectionAction } from './connection-action'

/**
 * "Release lease" (admin, after a confirmation; CLI `release-lease`): frees the run lease of a
 * connection whatever its expiry says, for a runner that died holding it (e.g. under a clock set
 * far ahead, so the lease would not expire for days). A compare-and-set on the owner the admin saw:
 * a lease another runner has taken meanwhile is left alone. A runner that was in fact still alive
 * loses the lease at its next renewal (after its current page) and stops writing. Audited.
 */
export const releaseLease = connectionAction<Pick<Ports, 'store' | 'clock'>>(
    'This connection is not saved yet: it holds no lease.',
    (ports, { connection, name, userName }) => {
        const connectionSysId = connection.sys_id
        const owner = connection.lease_owner
        if (!owner) return [info(`${name} holds no lease: nothing to release.`)]
        const expires = connection.lease_expires_at
        const expiresMs = fromGlideDateTime(expires)
        const state =
            expiresMs === null
                ? 'with no expiry'
                : expiresMs > ports.clock.nowMs()
                  ? `valid until ${expires} UTC`
                  : `expired at ${expires} UTC`

        ports.store.updateWhere(
            CONNECTION.name,
            [
                { field: 'sys_id', op: '=', value: connectionSysId },
                { field: 'lease_owner', op: '=', value: owner },
            ],
            { lease_owner: null, lease_expires_at: null }
        )
        const after = ports.store.get(CONNECTION.name, connectionSysId)
        if (after?.lease_owner) {
            return [
                error(
                    `The lease of ${name} changed hands while releasing it (now held by ${after.lease_owner}); nothing was released. Release again only if that runner is stale too.`
                ),
            ]
        }
        const audit = new AuditTrail(ports.store, ports.clock, new Redactor(), { connectionSysId, runSysId: '' })
        audit.record({
            operation: 'lease_released',
            message: `Lease released by ${userName}; it was held by ${owner}, ${state}`,
        })
        audit.flush()
        return [
            info(
                `Lease of ${name} released (held by ${owner}, ${state}). The next run takes it; if that runner was still alive, it stops after its current page.`
            ),
        ]
    }
)
