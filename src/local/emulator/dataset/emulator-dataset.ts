import type { EmulatedType as ObjectType } from './emulated-types'
import { EMULATED_TYPES, perEmulatedType } from './emulated-types'
import type { EntitySchema } from '../odata/entity-schema'
import { COUNT_OPTION, DATASET_DEFAULTS, HAS_KEY_TWINS, type DatasetOptions } from './dataset-options'
import { DEFECT_REASONS, type DefectReason } from './defect'
import { badRowTruth, findDefect, type BadRowTruth } from './ground-truth'
import { makeDocument, nextState, type ReferenceData } from './document-factory'
import { IFS_CODE_PART, IFS_DOCUMENTS, IFS_SUPPLIER } from './ifs-schema'
import { EntityCollection } from './entity-collection'
import type { Collation } from '../odata/collation'
import { manifestDocument, MANIFEST_RULES, type Manifest } from './manifest'
import { Random } from './random'
import type { EmulatorRow, RowValue } from './row'
import { codePartSchema, COMPANY_FIELD, documentSchema, OBJVERSION, supplierSchema } from './schemas'
import { epochSecondsFromStamp, stampFromEpochSeconds } from './stamp'
import { LineStore } from './line-store'
import { lineManifest, type LineManifest } from './line-manifest'
import { IFS_LINES, type LineKind } from './line-schema'

/** A document IFS deleted whole (its lines with it), by its generator key. */
export interface RemovedDocument {
    objectType: ObjectType
    key: RowValue[]
    removedAt: string
}

/** What IFS deletes with a document, deepest first: receipts before their PO lines, postings before their items. */
const BELOW: Readonly<Record<ObjectType, readonly LineKind[]>> = {
    purchase_order: ['receipt', 'purchase_order_line'],
    supplier_invoice: ['invoice_posting', 'invoice_item'],
}

/** The schema name of every entity set: one per document type, then the master data sets. */
export type EntitySetNames = Record<ObjectType, string> & {
    suppliers: string
    glAccounts: string
    costCenters: string
}

const SUPPLIER_NAMES = ['Nordic Steel', "O'Brien & Sons", 'Café Ørsted', 'Müller GmbH', 'Acme, Inc.', 'Åkerlund AB']
const FOREVER = '2049-12-31'

/**
 * The emulator's tenant data: companies, master data and documents, generated from a seed, plus
 * the mutations tests drive (churn, new rows, master-data fixes) and the ground truth of bad rows.
 */
export class EmulatorDataset {
    readonly companies: readonly string[]
    readonly documents: Readonly<Record<ObjectType, EntityCollection>>
    readonly suppliers: EntityCollection
    readonly glAccounts: ReadonlyMap<string, EntityCollection>
    readonly costCenters: ReadonlyMap<string, EntityCollection>
    /** PO lines, receipts, invoice lines and posting rows, made when first read (line-store.ts). */
    readonly lines: LineStore
    private readonly removedDocs: RemovedDocument[] = []
    /** Documents whose lines IFS shows but whose header it does not yet (addLinesBeforeHeader). */
    private readonly heldHeaders: Record<ObjectType, EmulatorRow[]> = perEmulatedType(() => [])
    private lastStamp: string
    private readonly serials: Record<ObjectType, number>
    private readonly ref: ReferenceData
    private readonly rnd: Random
    private readonly badShare: number
    /** Keys (EntityCollection.keyOf) of rows holding values a test put in: overrides and PATCHes. */
    private readonly overridden: Record<ObjectType, Set<string>> = perEmulatedType(() => new Set<string>())

    constructor(options: DatasetOptions, names: EntitySetNames) {
        const companies = options.companies ?? DATASET_DEFAULTS.companies
        const gen = new Random(options.seed)
        this.rnd = new Random((options.seed ^ 0x5bd1e995) >>> 0)
        this.companies = [...companies]
        this.badShare = options.badShare ?? DATASET_DEFAULTS.badShare
        const start = options.startStamp ?? DATASET_DEFAULTS.startStamp
        const masterStamp = stampFromEpochSeconds(epochSecondsFromStamp(start) - 86400 * 30)

        const suppliers = generateSuppliers(gen, options.suppliers ?? DATASET_DEFAULTS.suppliers, masterStamp)
        this.suppliers = new EntityCollection(supplierSchema(names.suppliers), null, suppliers.rows)
        const gl = generateCodeParts(companies, {
            count: options.glAccountsPerCompany ?? DATASET_DEFAULTS.glAccountsPerCompany,
            code: (i) => String(4000 + i * 10),
            label: 'Account',
            stamp: masterStamp,
            schema: codePartSchema(names.glAccounts),
        })
        const cc = generateCodeParts(companies, {
            count: options.costCentersPerCompany ?? DATASET_DEFAULTS.costCentersPerCompany,
            code: (i) => `CC${String(100 + i)}`,
            label: 'Cost center',
            stamp: masterStamp,
            schema: codePartSchema(names.costCenters),
        })
        this.glAccounts = gl.collections
        this.costCenters = cc.collections
        this.ref = { companies, supplierIds: suppliers.ids, glAccounts: gl.valid, costCenters: cc.valid }

        const counts = perEmulatedType((t) => options[COUNT_OPTION[t]] ?? DATASET_DEFAULTS[COUNT_OPTION[t]])
        this.serials = perEmulatedType(() => 0)
        let last = start
        const docs = {} as Record<ObjectType, EntityCollection>
        for (const ot of EMULATED_TYPES) {
            const { rows, lastStamp } = this.generateDocuments(ot, {
                count: counts[ot],
                sharedStampRows: options.sharedStampRows,
                start,
                gen,
            })
            if (lastStamp > last) last = lastStamp
            this.serials[ot] = counts[ot]
            const twins = HAS_KEY_TWINS[ot]
                ? [...caseTwins(ot, rows, options.keyTwins ?? 0), ...spaceTwins(ot, rows, options.spaceTwins ?? 0)]
                : []
            docs[ot] = new EntityCollection(documentSchema(ot, names[ot]), OBJVERSION, [...rows, ...twins])
        }
        this.documents = docs
        this.lastStamp = last
        this.lines = new LineStore({
            seed: options.seed,
            sizing: options.linesPerDocument,
            badLineShare: options.badLineShare,
            ref: this.ref,
            documents: docs,
            nextStamp: () => this.nextStamp(),
        })
    }

    /**
     * The first `count` documents of a type, a second or more apart, except a run in the middle
     * that shares one stamp (`sharedStampRows`, default 70 % up to 5001: more than a page).
     */
    private generateDocuments(
        ot: ObjectType,
        plan: { count: number; sharedStampRows: number | undefined; start: string; gen: Random }
    ): { rows: EmulatorRow[]; lastStamp: string } {
        const n = plan.count
        const shared = Math.min(n, plan.sharedStampRows ?? Math.min(5001, Math.ceil(n * 0.7)))
        const sharedFrom = Math.floor((n - shared) / 2)
        let t = epochSecondsFromStamp(plan.start)
        let lastStamp = plan.start
        const rows = new Array<EmulatorRow>(n)
        const source = { ref: this.ref, rnd: plan.gen }
        for (let i = 0; i < n; i++) {
            const inShared = i > sharedFrom && i < sharedFrom + shared
            if (!inShared) t += plan.gen.int(1, 30)
            const stamp = stampFromEpochSeconds(t)
            rows[i] = makeDocument(ot, { serial: i + 1, stamp, defect: this.defectFor(i, this.badShare) }, source)
            if (stamp > lastStamp) lastStamp = stamp
        }
        return { rows, lastStamp }
    }

    /** Evenly spread, exact share of bad rows, cycling through the defect kinds. */
    private defectFor(i: number, share: number): DefectReason | null {
        const before = Math.floor(i * share)
        if (Math.floor((i + 1) * share) === before) return null
        return DEFECT_REASONS[before % DEFECT_REASONS.length]
    }

    /** Every set compares text by `collation` from now on. */
    setCollation(collation: Collation): void {
        for (const ot of EMULATED_TYPES) this.documents[ot].setCollation(collation)
        this.suppliers.setCollation(collation)
        for (const sets of [this.glAccounts, this.costCenters]) for (const c of sets.values()) c.setCollation(collation)
        this.lines.setCollation(collation)
    }

    /** A stamp later than every row's: what IFS writes on the next modification. */
    nextStamp(): string {
        this.lastStamp = stampFromEpochSeconds(epochSecondsFromStamp(this.lastStamp) + 1)
        return this.lastStamp
    }

    /**
     * Modifies `count` rows picked by the seeded generator (or the rows of `keys`): one new
     * Objversion shared by the batch, changed amounts and a state step. Defects are kept.
     */
    churn(objectType: ObjectType, count: number, keys?: readonly (readonly RowValue[])[]): EmulatorRow[] {
        const col = this.documents[objectType]
        const picked = new Map<string, EmulatorRow>()
        if (keys) {
            for (const k of keys) {
                const r = col.get(k)
                if (r) picked.set(col.keyOf(r), r)
            }
        } else {
            const all = col.all()
            const want = Math.min(count, all.length)
            while (picked.size < want) {
                const r = all[Math.floor(this.rnd.next() * all.length)]
                picked.set(col.keyOf(r), r)
            }
        }
        const stamp = this.nextStamp()
        const f = IFS_DOCUMENTS[objectType]
        const changed = [...picked.values()].map((old) => {
            const row: EmulatorRow = { ...old, [OBJVERSION]: stamp }
            const net = old[f.net.name]
            const tax = old[f.tax.name]
            if (typeof net === 'number' && typeof tax === 'number') {
                const factor = 1 + (this.rnd.int(1, 40) - 20) / 100 || 1.05
                const newNet = Math.round(net * factor * 100) / 100
                const newTax = net === 0 ? 0 : Math.round(tax * factor * 100) / 100
                row[f.net.name] = newNet
                row[f.tax.name] = newTax
                row[f.gross.name] = Math.round((newNet + newTax) * 100) / 100
            }
            row[f.state.name] = nextState(objectType, String(old[f.state.name]))
            return row
        })
        col.upsert(changed)
        return changed
    }

    /** Appends `count` new documents with fresh stamps, bad at the dataset's share unless told. */
    addRows(
        objectType: ObjectType,
        count: number,
        badShare = this.badShare,
        overrides: readonly Readonly<EmulatorRow>[] = []
    ): EmulatorRow[] {
        const rows: EmulatorRow[] = []
        for (let i = 0; i < count; i++) {
            const serial = ++this.serials[objectType]
            const seed = { serial, stamp: this.nextStamp(), defect: this.defectFor(i, badShare) }
            const row = makeDocument(objectType, seed, { ref: this.ref, rnd: this.rnd })
            // The stamp stays the emulator's: it orders the index.
            const override = overrides[i]
            const merged = { ...row, ...override, [OBJVERSION]: row[OBJVERSION] }
            if (override && Object.keys(override).length > 0)
                this.overridden[objectType].add(this.documents[objectType].keyOf(merged))
            rows.push(merged)
        }
        this.documents[objectType].upsert(rows)
        return rows
    }

    /**
     * New rows stamped `secondsBehind` before the type's newest row that appear only now: what a
     * transaction that stamped its rows, then committed late, looks like to a reader. A reader
     * whose cursor already passed that stamp sees them only by reading behind its cursor.
     */
    addLateRows(objectType: ObjectType, count: number, secondsBehind: number, badShare = 0): EmulatorRow[] {
        const stamp = this.stampBehind(objectType, secondsBehind)
        const rows: EmulatorRow[] = []
        for (let i = 0; i < count; i++) {
            const serial = ++this.serials[objectType]
            rows.push(
                makeDocument(
                    objectType,
                    { serial, stamp, defect: this.defectFor(i, badShare) },
                    { ref: this.ref, rnd: this.rnd }
                )
            )
        }
        this.documents[objectType].upsert(rows)
        return rows
    }

    /**
     * Changes rows (amounts and state, as churn does) and moves their stamps back to
     * `secondsBehind` before the type's newest row: a change whose stamp went backwards.
     */
    restampBack(objectType: ObjectType, keys: readonly (readonly RowValue[])[], secondsBehind: number): EmulatorRow[] {
        const stamp = this.stampBehind(objectType, secondsBehind)
        const changed = this.churn(objectType, 0, keys)
        const moved = changed.map((r) => ({ ...r, [OBJVERSION]: stamp }))
        this.documents[objectType].upsert(moved)
        return moved
    }

    /** `seconds` before the newest row of the type: where a reader that read everything has its cursor. */
    private stampBehind(objectType: ObjectType, seconds: number): string {
        if (!Number.isInteger(seconds) || seconds < 0) throw new Error(`secondsBehind must be a whole number >= 0`)
        let newest = ''
        for (const r of this.documents[objectType].all())
            if (String(r[OBJVERSION]) > newest) newest = String(r[OBJVERSION])
        return stampFromEpochSeconds(epochSecondsFromStamp(newest || this.lastStamp) - seconds)
    }

    /** Applies a PATCH: merges `changes` into the row and stamps it. Key fields cannot change. */
    update(objectType: ObjectType, key: readonly RowValue[], changes: EmulatorRow): EmulatorRow | undefined {
        const col = this.documents[objectType]
        const old = col.get(key)
        if (!old) return undefined
        const row = { ...old, ...changes, [OBJVERSION]: this.nextStamp() }
        this.overridden[objectType].add(col.keyOf(row))
        col.upsert([row])
        return row
    }

    /**
     * Creates every supplier, GL account and cost center that documents reference but IFS lacks:
     * what an AP user does before retrying flags. Returns how many master rows were added.
     */
    fixMasterData(): { suppliers: number; glAccounts: number; costCenters: number } {
        const stamp = this.nextStamp()
        const missing = new MissingMasterData(stamp)
        for (const ot of EMULATED_TYPES) {
            const f = IFS_DOCUMENTS[ot]
            for (const row of this.documents[ot].all()) {
                const supplier = row[f.supplier.name]
                if (typeof supplier === 'string' && !this.suppliers.get([supplier])) missing.supplier(supplier)
                const company = row[f.company.name]
                if (typeof company !== 'string') continue
                missing.codePart('gl', { company, code: row[f.glAccount.name], existing: this.glAccounts })
                missing.codePart('cc', { company, code: row[f.costCenter.name], existing: this.costCenters })
            }
        }
        this.suppliers.upsert([...missing.suppliers.values()])
        return {
            suppliers: missing.suppliers.size,
            glAccounts: upsertPerCompany(this.glAccounts, missing.codes.gl),
            costCenters: upsertPerCompany(this.costCenters, missing.codes.cc),
        }
    }

    /**
     * Which rows are bad now, and why — computed from the rows and master data as they stand, so
     * it stays true after churn, PATCH and master-data fixes (see ground-truth.ts).
     */
    groundTruth(): BadRowTruth[] {
        const out: BadRowTruth[] = []
        for (const ot of EMULATED_TYPES)
            for (const row of this.documents[ot].all()) {
                const fault = findDefect(ot, row, this)
                if (fault) out.push(badRowTruth(ot, row, fault))
            }
        return out
    }

    /**
     * The manifest: every document as it stands now with its expected outcome and target values
     * (see manifest.ts), computed from the rows and master data, never by the engine.
     */
    manifest(): Manifest {
        const documents = []
        for (const ot of EMULATED_TYPES) {
            const col = this.documents[ot]
            for (const row of col.all())
                documents.push(manifestDocument(ot, row, this, this.overridden[ot].has(col.keyOf(row))))
        }
        return { rules: [...MANIFEST_RULES], documents }
    }

    /**
     * `count` new documents whose lines IFS shows now but whose headers it does not, until
     * releaseHeldHeaders(): the line that arrives before its header. Returns the lines.
     */
    addLinesBeforeHeader(objectType: ObjectType, count: number): EmulatorRow[] {
        const headers: EmulatorRow[] = []
        for (let i = 0; i < count; i++) {
            const serial = ++this.serials[objectType]
            const seed = { serial, stamp: this.lastStamp, defect: null }
            headers.push(makeDocument(objectType, seed, { ref: this.ref, rnd: this.rnd }))
        }
        this.heldHeaders[objectType].push(...headers)
        return this.lines.addBefore(objectType, headers)
    }

    /** The held headers arrive, stamped now; returns them. */
    releaseHeldHeaders(objectType: ObjectType): EmulatorRow[] {
        const stamp = this.nextStamp()
        const rows = this.heldHeaders[objectType].splice(0).map((r) => ({ ...r, [OBJVERSION]: stamp }))
        this.documents[objectType].upsert(rows)
        return rows
    }

    /**
     * Deletes documents as IFS does, with everything below them: a purchase order's lines and their
     * receipts, an invoice's lines and posting rows (listed by lines.removed()), then the headers
     * (listed by removedDocuments()). No other row changes, no stamp moves: nothing a reader by stamp sees.
     */
    deleteDocuments(objectType: ObjectType, keys: readonly (readonly RowValue[])[]): EmulatorRow[] {
        const col = this.documents[objectType]
        const keyOf = (row: EmulatorRow) => IFS_DOCUMENTS[objectType].keys.map((k) => row[k.name] ?? null)
        const headers = keys.map((k) => col.get(k)).filter((r): r is EmulatorRow => !!r)
        for (const header of headers)
            for (const kind of BELOW[objectType]) {
                // Every kind below a document is keyed under it by the document's own key (line-store).
                const rows = this.lines.linesOf(kind, keyOf(header))
                this.lines.remove(
                    kind,
                    rows.map((r) => IFS_LINES[kind].keys.map((k) => r[k.name] ?? null)),
                    'delete'
                )
            }
        const gone = col.remove(headers.map(keyOf))
        const removedAt = this.nextStamp()
        for (const row of gone) this.removedDocs.push({ objectType, key: keyOf(row), removedAt })
        return gone
    }

    /** Documents deleted whole (deleteDocuments), in order. */
    removedDocuments(): readonly RemovedDocument[] {
        return this.removedDocs
    }

    /** Every document's lines, receipts and matches as they stand (line-manifest.ts). */
    lineManifest(): LineManifest {
        return lineManifest(this)
    }

    schemaOf(objectType: ObjectType): EntitySchema {
        return this.documents[objectType].schema
    }
}

/** Lower-case twins of the first `count` documents: same row and stamp, the (text key) number in lower case. */
function caseTwins(ot: ObjectType, rows: readonly EmulatorRow[], count: number): EmulatorRow[] {
    const orderNo = IFS_DOCUMENTS[ot].documentNumber.name
    return rows.slice(0, count).map((r) => ({ ...r, [orderNo]: String(r[orderNo]).toLowerCase() }))
}

/** Trailing-space twins of the first `count` documents: same row and stamp, the (text key) number with a space after it. */
function spaceTwins(ot: ObjectType, rows: readonly EmulatorRow[], count: number): EmulatorRow[] {
    const orderNo = IFS_DOCUMENTS[ot].documentNumber.name
    return rows.slice(0, count).map((r) => ({ ...r, [orderNo]: `${String(r[orderNo])} ` }))
}

/** A code part row (GL account or cost center) of one company. */
function codePart(
    stamp: string,
    row: { company: string; code: string; description: string; validUntil: string }
): EmulatorRow {
    return {
        [OBJVERSION]: stamp,
        [COMPANY_FIELD.name]: row.company,
        [IFS_CODE_PART.value.name]: row.code,
        [IFS_CODE_PART.description.name]: row.description,
        [IFS_CODE_PART.validFrom.name]: '2020-01-01',
        [IFS_CODE_PART.validUntil.name]: row.validUntil,
    }
}

function generateSuppliers(gen: Random, count: number, stamp: string): { ids: string[]; rows: EmulatorRow[] } {
    const ids: string[] = []
    const rows: EmulatorRow[] = []
    for (let i = 1; i <= count; i++) {
        const id = `SUP${String(i).padStart(5, '0')}`
        ids.push(id)
        rows.push({
            [OBJVERSION]: stamp,
            [IFS_SUPPLIER.id.name]: id,
            [IFS_SUPPLIER.name.name]: `${gen.pick(SUPPLIER_NAMES)} ${i}`,
        })
    }
    return { ids, rows }
}

interface CodePartPlan {
    count: number
    code: (i: number) => string
    label: string
    stamp: string
    schema: EntitySchema
}

/** Each company's code parts, and the codes documents may use (one in ten is expired). */
function generateCodeParts(
    companies: readonly string[],
    plan: CodePartPlan
): { collections: Map<string, EntityCollection>; valid: Map<string, string[]> } {
    const collections = new Map<string, EntityCollection>()
    const valid = new Map<string, string[]>()
    for (const company of companies) {
        const rows: EmulatorRow[] = []
        const usable: string[] = []
        for (let i = 0; i < plan.count; i++) {
            // One in ten expired: they exist in IFS but no generated document uses them.
            const expired = i % 10 === 9
            const code = plan.code(i)
            if (!expired) usable.push(code)
            const validUntil = expired ? '2024-12-31' : FOREVER
            rows.push(codePart(plan.stamp, { company, code, description: `${plan.label} ${code}`, validUntil }))
        }
        valid.set(company, usable)
        collections.set(company, new EntityCollection(plan.schema, null, rows))
    }
    return { collections, valid }
}

/** The master rows documents reference but IFS lacks, collected per kind and company. */
class MissingMasterData {
    readonly suppliers = new Map<string, EmulatorRow>()
    readonly codes = {
        gl: new Map<string, Map<string, EmulatorRow>>(),
        cc: new Map<string, Map<string, EmulatorRow>>(),
    }

    constructor(private readonly stamp: string) {}

    supplier(id: string): void {
        this.suppliers.set(id, {
            [OBJVERSION]: this.stamp,
            [IFS_SUPPLIER.id.name]: id,
            [IFS_SUPPLIER.name.name]: `Supplier ${id}`,
        })
    }

    codePart(
        kind: 'gl' | 'cc',
        {
            company,
            code,
            existing,
        }: { company: string; code: RowValue | undefined; existing: ReadonlyMap<string, EntityCollection> }
    ): void {
        const col = existing.get(company)
        if (typeof code !== 'string' || !col || col.get([code])) return
        const perCompany = this.codes[kind].get(company) ?? new Map<string, EmulatorRow>()
        perCompany.set(code, codePart(this.stamp, { company, code, description: `Added ${code}`, validUntil: FOREVER }))
        this.codes[kind].set(company, perCompany)
    }
}

/** Adds each company's new rows to its collection; returns how many. */
function upsertPerCompany(
    collections: ReadonlyMap<string, EntityCollection>,
    added: Map<string, Map<string, EmulatorRow>>
): number {
    let count = 0
    for (const [company, codes] of added) {
        collections.get(company)?.upsert([...codes.values()])
        count += codes.size
    }
    return count
}
