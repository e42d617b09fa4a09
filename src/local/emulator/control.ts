import type { EmulatedType as ObjectType } from './dataset/emulated-types'
import type { EmulatorDataset } from './dataset/emulator-dataset'
import type { BadRowTruth } from './dataset/ground-truth'
import type { Manifest } from './dataset/manifest'
import type { ServiceNowSupplier } from './dataset/servicenow-suppliers'
import type { LineManifest } from './dataset/line-manifest'
import type { LineKind } from './dataset/line-schema'
import type { ChurnedKind } from './dataset/line-store'
import type { EmulatorRow, RowValue } from './dataset/row'
import type { FaultPlan, FaultRule } from './faults/fault-plan'
import type { Collation } from './odata/collation'
import type { NextLinkStyle } from './server/next-link-style'

/** What tests, the benchmark and the reliability suite can do to a running emulator. */
export interface EmulatorControl {
    readonly dataset: EmulatorDataset
    /** Replaces the fault plan (counters of the old rules are dropped). */
    setFaults(plan: FaultPlan): void
    addFaults(rules: readonly FaultRule[]): void
    clearFaults(): void
    faultRules(): FaultRule[]
    /** Modifies `count` rows (or the rows with `keys`): new Objversion, amounts, state. */
    churn(objectType: ObjectType, count: number, keys?: readonly (readonly RowValue[])[]): EmulatorRow[]
    /** `overrides[i]` (if given) is merged into the i-th new row: hostile values, odd types. */
    addRows(
        objectType: ObjectType,
        count: number,
        badShare?: number,
        overrides?: readonly Readonly<EmulatorRow>[]
    ): EmulatorRow[]
    /** Rows stamped `secondsBehind` before the newest stamp, visible only from now on (a late commit). */
    addLateRows(objectType: ObjectType, count: number, secondsBehind: number, badShare?: number): EmulatorRow[]
    /** Changes the rows of `keys` and moves their stamps back to `secondsBehind` before the newest stamp. */
    restampBack(objectType: ObjectType, keys: readonly (readonly RowValue[])[], secondsBehind: number): EmulatorRow[]
    /** Every document row as it stands now (the source of truth for end-to-end checks). */
    documents(objectType: ObjectType): readonly EmulatorRow[]
    /** Every access token issued since start, including revoked and expired ones. */
    issuedTokens(): readonly string[]
    /** Adds the suppliers, GL accounts and cost centers documents reference but IFS lacks. */
    fixMasterData(): { suppliers: number; glAccounts: number; costCenters: number }
    /** Zeroes stats, rate-limit windows and fault counters. */
    resetCounters(): void
    revokeTokens(): void
    setRateLimit(perMinute: number): void
    setTokenLifetime(seconds: number): void
    /** How `@odata.nextLink` is written from now on (absolute, or relative in either OData style). */
    setNextLinks(style: NextLinkStyle): void
    /** How text compares in `$filter` and `$orderby` from now on (sets are sorted again). */
    setCollation(collation: Collation): void
    groundTruth(): BadRowTruth[]
    /** Every document with its expected outcome and target values: the contract tests judge the store by. */
    manifest(): Manifest
    /** The suppliers ServiceNow's modelled supplier master holds (some left out on purpose): seeds the stand-in. */
    serviceNowSuppliers(): ServiceNowSupplier[]
    /** Every document's lines, receipts and three-way matches, under the profile's keys (line-manifest.ts). */
    lineManifest(): LineManifest
    /** A line set's rows as the profile serves them now. */
    lines(kind: LineKind): readonly EmulatorRow[]
    /** Changes `count` PO lines, invoice lines or receipts (or those of `keys`, generator keys): quantity, amount, a new stamp each batch. */
    churnLines(kind: ChurnedKind, count: number, keys?: readonly (readonly RowValue[])[]): EmulatorRow[]
    /** Closes PO lines (state Closed, new stamp) or deletes lines of any kind (gone from their set). */
    removeLines(kind: LineKind, keys: readonly (readonly RowValue[])[], mode: 'close' | 'delete'): EmulatorRow[]
    /** Deletes documents whole, with their lines (a PO's receipts, an invoice's postings), no stamp moved. */
    deleteDocuments(objectType: ObjectType, keys: readonly (readonly RowValue[])[]): EmulatorRow[]
    /** `count` new documents whose lines are served now and whose headers only after releaseHeldHeaders. */
    addLinesBeforeHeader(objectType: ObjectType, count: number): EmulatorRow[]
    /** The held headers arrive (stamped now). */
    releaseHeldHeaders(objectType: ObjectType): EmulatorRow[]
}
