import type { ExpectedValues, ManifestDocument } from '../emulator/dataset/manifest'
import type { DocumentFacts, DocumentScope, TypeScope } from './invariants'
import { storedForm } from './target-contract'
import type { ImportSetContract } from './target-contract'

/** The flag reason of a document whose import row the transform refused (README "Outcomes read back"). */
export const TRANSFORM_REJECTED = 'transform_rejected'
/** Import-row states of a row the transform turned into its primary record. */
const ACCEPTED = ['inserted', 'updated']

type Row = Record<string, unknown>

/**
 * What an import table's rows led to, read on the judge's own terms: the primary records the
 * transform produced (by sys_id), which documents' rows point at each, and the reference records
 * (suppliers, legal entities) a produced record must name.
 */
export interface ImportRows {
    contract: ImportSetContract
    produced: Map<string, Row>
    /** Produced sys_id → identities of the documents whose rows name it. */
    producedBy: Map<string, Set<string>>
    suppliers: Map<string, Row>
    legalEntities: Map<string, Row>
}

const bySysId = (rows: readonly Row[]) => new Map(rows.map((r) => [String(r.sys_id), r]))

export function importRowsOf(
    { db, contract: target }: TypeScope,
    contract: ImportSetContract,
    importRows: readonly Row[]
): ImportRows {
    const produced = bySysId(db.prepare(`SELECT * FROM ${contract.produces}`).all() as Row[])
    const producedBy = new Map<string, Set<string>>()
    for (const row of importRows) {
        if (!row.sys_target_sys_id) continue
        const id = JSON.stringify(target.identity.map((f) => row[target.columns[f] as string] ?? null))
        const target_ = String(row.sys_target_sys_id)
        producedBy.set(target_, new Set([...(producedBy.get(target_) ?? []), id]))
    }
    return {
        contract,
        produced,
        producedBy,
        suppliers: bySysId(db.prepare('SELECT * FROM sn_fin_supplier').all() as Row[]),
        legalEntities: bySysId(db.prepare('SELECT * FROM sn_fin_legal_entity').all() as Row[]),
    }
}

/** At the end: a primary record no import row names was not made by this connector's rows. */
export function producedOrphans({ judge, objectType }: TypeScope, rows: ImportRows): void {
    for (const sysId of rows.produced.keys())
        if (!rows.producedBy.has(sysId)) {
            judge.report.orphans++
            judge.problem(`${objectType}: ${rows.contract.produces} ${sysId} was produced by no import row`)
        }
}

/**
 * A staged document's import rows after a finished sync: its latest row transformed (never left
 * pending); refused exactly when the manifest says ServiceNow does not know its supplier (and the
 * harness seeded the supplier master), with a standing `transform_rejected` flag; otherwise turned
 * into one primary record of its own holding the manifest's values and naming its supplier and
 * legal entity.
 */
export function checkImportRows(scope: DocumentScope, rows: ImportRows, doc: ManifestDocument, facts: DocumentFacts) {
    const { judge } = scope
    if (doc.expected.outcome === 'flagged') return
    if (!facts.isStaged) {
        if (facts.flagReason === TRANSFORM_REJECTED) {
            judge.report.wrongOutcomes++
            judge.problem(`${facts.name} is flagged ${TRANSFORM_REJECTED} but has no import row`)
        }
        return
    }
    const latest = facts.records[facts.records.length - 1]
    const state = String(latest.sys_import_state ?? 'pending')
    if (state === 'pending') {
        judge.report.lost++
        judge.problem(`${facts.name}: its import row was never transformed`)
        return
    }
    const refusalExpected = scope.options.supplierMasterSeeded === true && doc.expected.importTransform === 'rejected'
    const refused = state === 'error' && facts.flagReason === TRANSFORM_REJECTED
    const accepted = ACCEPTED.includes(state) && facts.flagReason !== TRANSFORM_REJECTED
    if (refusalExpected ? refused : accepted) {
        if (refused) judge.report.refusedByTransform++
        else checkProduced(scope, rows, doc.expected.values, facts)
    } else wrongTransformOutcome(scope, facts, latest, refusalExpected)
}

function wrongTransformOutcome(scope: DocumentScope, facts: DocumentFacts, latest: Row, refusalExpected: boolean) {
    const said = latest.sys_import_state_comment ? ` ("${String(latest.sys_import_state_comment)}")` : ''
    const want = refusalExpected ? 'refuse it (flagged transform_rejected)' : 'accept it'
    scope.judge.report.wrongOutcomes++
    scope.judge.problem(
        `${facts.name}: import row ${String(latest.sys_import_state)}${said}, flag ${facts.flagReason ?? 'none'}; expected the transform to ${want}`
    )
}

function checkProduced(scope: DocumentScope, rows: ImportRows, values: ExpectedValues, facts: DocumentFacts): void {
    const { judge } = scope
    const table = rows.contract.produces
    const made = new Set(
        facts.records
            .filter((r) => ACCEPTED.includes(String(r.sys_import_state)) && r.sys_target_sys_id)
            .map((r) => String(r.sys_target_sys_id))
    )
    if (made.size > 1) {
        judge.report.doubled += made.size - 1
        judge.problem(`${facts.name}: its import rows produced ${made.size} ${table} records`)
    }
    const target = String(facts.records[facts.records.length - 1].sys_target_sys_id ?? '')
    const record = rows.produced.get(target)
    if (!record) {
        judge.report.lost++
        judge.problem(`${facts.name}: its import row names ${table} ${target || '(none)'}, which does not exist`)
        return
    }
    if (sharedWithAnother(rows.producedBy.get(target))) {
        judge.report.lost++
        judge.problem(`${facts.name}: ${table} ${target} was produced for another document too`)
    }
    judge.report.producedChecked++
    const wrong = [
        ...producedColumnsWrong(rows.contract, values, record),
        ...referencesWrong(scope, rows, values, record),
    ]
    if (wrong.length === 0) return
    judge.report.wrongValues++
    judge.problem(`${facts.name}: ${table} holds ${wrong.join(', ')}`)
}

/**
 * Whether documents other than this one made the record. Documents whose identities differ only by
 * surrounding spaces (`PO-1` and `PO-1 `, two documents in IFS) share one: the modelled map
 * coalesces on trimmed values, and whether an instance's coalesce trims is unconfirmed (README,
 * Known limits). Any other sharing merges two documents into one record.
 */
function sharedWithAnother(identities: ReadonlySet<string> | undefined): boolean {
    const trimmed = [...(identities ?? [])].map((id) =>
        JSON.stringify((JSON.parse(id) as (string | null)[]).map((v) => (v === null ? null : String(v).trim())))
    )
    return new Set(trimmed).size > 1
}

function producedColumnsWrong(contract: ImportSetContract, values: ExpectedValues, record: Row): string[] {
    const out: string[] = []
    for (const [field, column] of Object.entries(contract.producedColumns) as [keyof ExpectedValues, string][]) {
        const expected = storedForm(field, values[field])
        const actual = record[column]
        const same = expected === null ? actual === null || actual === undefined || actual === '' : actual === expected
        if (!same) out.push(`${column} = ${JSON.stringify(actual)} (expected ${JSON.stringify(expected)})`)
    }
    return out
}

/** With a seeded master, the record names the supplier of the document's code in its legal entity, and that entity. */
function referencesWrong(scope: DocumentScope, rows: ImportRows, values: ExpectedValues, record: Row): string[] {
    if (scope.options.supplierMasterSeeded !== true) return []
    const supplier = rows.suppliers.get(String(record.supplier))
    const entity = rows.legalEntities.get(String(record.legal_entity))
    const out: string[] = []
    if (supplier?.erp_supplier_code !== values.supplierNumber || supplier?.erp_company_code !== values.company)
        out.push(
            `supplier = ${JSON.stringify(record.supplier)} (expected supplier ${values.supplierNumber} of ${values.company})`
        )
    if (entity?.erp_company_code !== values.company)
        out.push(`legal_entity = ${JSON.stringify(record.legal_entity)} (expected legal entity ${values.company})`)
    return out
}
