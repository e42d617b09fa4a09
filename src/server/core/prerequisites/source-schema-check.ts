import type { ObjectType } from '../../../tables/object-types'
import type { ConnectionConfig } from '../config/connection-config'
import type { RequestContext } from '../ifs/request-context'
import { checkSourceQuery } from '../odata/csdl/check-source-query'
import type { SchemaProblem, SuggestNames } from '../odata/csdl/check-source-query'
import { serviceRootOf } from '../odata/csdl/metadata-answer'
import type { MetadataAnswer } from '../odata/csdl/metadata-answer'
import { nearestName } from '../text/nearest-name'
import { plannedSourceQueries } from './planned-source-queries'
import type { PlannedSourceQuery } from './planned-source-queries'

/** What reads a service's `$metadata`: the IFS client (limiter, token, retries, audit and redaction apply). */
export interface MetadataReader {
    readMetadata(serviceRoot: string, context?: RequestContext): MetadataAnswer
}

/** The check of one planned query: passed (with the CSDL format read), not checkable, or the problems. */
export type SchemaVerdict =
    | { kind: 'passed'; fields: number; format: 'xml' | 'json' }
    | { kind: 'unpublished'; status: number }
    | { kind: 'failed'; problems: readonly SchemaProblem[] }

/** The nearest name the service has, by edit distance (core/text/nearest-name). */
export const suggestNames: SuggestNames = (name, candidates) => {
    const nearest = nearestName(name, candidates)
    return nearest === null ? [] : [nearest]
}

/**
 * `$metadata` read once per service root and kept for the run (or the ping, or the Test
 * connection): every set of a projection is checked against one read, and a run's data pages
 * cost no extra request. A read that throws (throttled, refused) is not kept: the next check asks again.
 */
export class MetadataCache {
    private readonly answers = new Map<string, MetadataAnswer>()

    constructor(private readonly reader: MetadataReader) {}

    answerFor(entitySetPath: string, context?: RequestContext): MetadataAnswer {
        const root = serviceRootOf(entitySetPath)
        const known = this.answers.get(root)
        if (known) return known
        const answer = this.reader.readMetadata(root, context)
        this.answers.set(root, answer)
        return answer
    }

    /** Checks one planned query against its service's `$metadata`. */
    verdictOf(planned: PlannedSourceQuery, context?: RequestContext): SchemaVerdict {
        const answer = this.answerFor(planned.path, context)
        if (answer.kind === 'unpublished') return { kind: 'unpublished', status: answer.status }
        const problems = checkSourceQuery(answer.metadata, planned.plan, suggestNames)
        if (problems.length > 0) return { kind: 'failed', problems }
        return { kind: 'passed', fields: planned.plan.fields.length, format: answer.format }
    }
}

/** `supplier_invoice (ManSuppInvoiceHandling.svc/PostingProposalHeadSet): `X` is not …; `Y` …`. */
export function describeSchemaProblems(planned: PlannedSourceQuery, problems: readonly SchemaProblem[]): string {
    return `${planned.what} (${planned.path}): ${problems.map((p) => p.message).join('; ')}`
}

/**
 * The run-start check: before the first page of a partition, its own set and the master data every
 * partition needs are checked against `$metadata`. Code-part sets differ per company only in the
 * key predicate, which the check ignores, so each template is checked once.
 */
export class RunSchemaCheck {
    private readonly cache: MetadataCache
    private readonly planned: readonly PlannedSourceQuery[]

    constructor(reader: MetadataReader, config: ConnectionConfig) {
        this.cache = new MetadataCache(reader)
        this.planned = distinctPlans(plannedSourceQueries(config))
    }

    /** Why the partition cannot run (each missing name with the nearest the service has), or null. */
    problemsOf(objectType: ObjectType): string | null {
        const failures: string[] = []
        for (const planned of this.planned) {
            if (planned.objectType !== null && planned.objectType !== objectType) continue
            const verdict = this.cache.verdictOf(planned, { objectType })
            if (verdict.kind === 'failed') failures.push(describeSchemaProblems(planned, verdict.problems))
        }
        return failures.length === 0 ? null : `the IFS names do not match $metadata: ${failures.join('; ')}`
    }
}

function distinctPlans(planned: readonly PlannedSourceQuery[]): PlannedSourceQuery[] {
    const seen = new Set<string>()
    return planned.filter((p) => {
        const shape = JSON.stringify([p.plan.path.replace(/\([^)]*\)/g, '()'), p.plan.fields, p.plan.keys])
        if (seen.has(shape)) return false
        seen.add(shape)
        return true
    })
}
