import type { CanonicalDocument } from '../domain/canonical-document'
import { Failure } from '../domain/failure'
import type { IfsRow } from '../ifs/ifs-reader'
import type { PageOutcome } from '../sync/page-sink'
import type { DocumentIdentity } from './map-document'
import type { Problem } from './problem'
import type { StagingKey } from './staging-key'
import type { TargetValues } from './target-record'
import type { ReadyLine } from './line-rows'

/** A row mapped, enriched and validated: ready to be written. */
export type Ready = {
    kind: 'ready'
    row: IfsRow
    identity: DocumentIdentity
    doc: CanonicalDocument
    key: StagingKey
    values: TargetValues
    /** Of the header values and every line's (line-rows documentHash); the header's alone without lines. */
    hash: string
    /** Of the header values alone: a change to lines only leaves the header row as it is. */
    headerHash: string
    /** The document's lines as rows of the line table; empty when it has none or the preset stages headers only. */
    lines: readonly ReadyLine[]
    /** SHA-256 of the IFS row as read: an unchanged row read again is a duplicate before enrichment. */
    sourceHash: string
}

/** A row that fails mapping or validation: it is flagged. */
export type Refused = {
    kind: 'refused'
    row: IfsRow
    identity: DocumentIdentity
    key: StagingKey | null
    supplierName: string | null
    problems: Problem[]
}

export type Counts = Required<PageOutcome>

/** What writing one ready document came to. */
export type WriteOutcome =
    { kind: 'inserted' | 'updated' | 'duplicates'; targetSysId: string | null } | { kind: 'flag'; problem: Problem }

/** A target write the table refused: the document is flagged, the run goes on. */
export class TargetRefused extends Failure {
    override name = 'TargetRefused'
}
