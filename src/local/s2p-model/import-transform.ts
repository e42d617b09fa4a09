import { importOutcomeOf } from '../../server/ports/import-transform'
import type { ImportOutcome, ImportTransform } from '../../server/ports/import-transform'
import type { RecordValues, Store, StoredRecord } from '../../server/ports/store'
import { hashHex } from '../node-ports/hash-hex'
import { IMPORT_TABLE_MODELS } from './import-tables'
import type { ModelColumn } from './model-table'

/**
 * How the modelled transform map of one import table makes its primary record. The coalesce key
 * is kept on the import rows themselves (an earlier row with the same key that produced a record
 * is updated through it), so the model needs no undocumented column on the primary table.
 */
interface TransformMap {
    target: string
    /** Import-row columns whose values together identify the primary record (the coalesce fields). */
    coalesce: readonly string[]
    /** The primary record's values from the import row and its resolved references. */
    values(row: StoredRecord, refs: Refs): RecordValues
    /**
     * Line maps: the header record a line belongs to, found through the header's import rows that
     * produced one (same `number` column value); a line without one is refused (an orphan line).
     */
    parent?: { importTable: string; number: string; noun: string }
    /**
     * A reference that may be missing: the record another import table's transformed rows produced
     * for the same values of `columns` (here and there); null when none yet, which refuses nothing.
     */
    link?: { importTable: string; columns: readonly [string, string] }
}

interface Refs {
    supplier: string | null
    legalEntity: string | null
    parent: string | null
    link: string | null
}

/** The line row marks a line IFS removed: only the columns that find its record must be filled. */
const removed = (row: StoredRecord) => row.u_ml_line_state === 'removed'

const num = (v: string | null): number | null => (v === null || !Number.isFinite(Number(v)) ? null : Number(v))

const MAPS: Readonly<Record<string, TransformMap>> = {
    sn_spend_intg_imp_invoice: {
        target: 'sn_shop_invoice',
        // External invoice number + supplier (+ ERP source): the invoice as the ERP knows it.
        coalesce: ['u_external_invoice_number', 'u_supplier', 'u_erp_source'],
        values: (row, refs) => ({
            supplier_invoice_number: row.u_supplier_invoice_number ?? row.u_external_invoice_number,
            invoice_date: row.u_invoice_date,
            supplier: refs.supplier,
            legal_entity: refs.legalEntity,
            subtotal: num(row.u_subtotal),
            invoice_amount: num(row.u_amount_invoiced),
        }),
    },
    sn_fcms_intg_imp_order: {
        target: 'sn_shop_purchase_order',
        coalesce: ['u_erp_po_number', 'u_erp_source'],
        values: (row, refs) => ({
            total_amount: num(row.u_po_amount),
            supplier: refs.supplier,
            legal_entity: refs.legalEntity,
        }),
    },
    // "Invoice line import": joined to its invoice by the external invoice number.
    sn_spend_intg_imp_invoice_line: {
        target: 'sn_shop_invoice_line',
        coalesce: ['u_external_invoice_number', 'u_erp_line_number', 'u_erp_source'],
        parent: { importTable: 'sn_spend_intg_imp_invoice', number: 'u_external_invoice_number', noun: 'Invoice' },
        values: (row, refs) => ({
            invoice: refs.parent,
            line_number: row.u_erp_line_number,
            line_description: row.u_line_description,
            quantity: num(row.u_line_quantity),
            unit_price: num(row.u_line_unit_price),
            sub_total: num(row.u_subtotal),
            po_number: row.u_purchase_order,
            po_line_number: row.u_purchase_order_line,
            gl_account: row.u_gl_account,
            cost_center: row.u_cost_center,
            state: row.u_ml_line_state,
        }),
    },
    // "Order line stage": orphan lines fail (IF/purchase-order-integration-2).
    sn_fcms_intg_imp_order_line: {
        target: 'sn_shop_purchase_order_line',
        coalesce: ['u_erp_po_number', 'u_erp_po_line_number', 'u_erp_source'],
        parent: { importTable: 'sn_fcms_intg_imp_order', number: 'u_erp_po_number', noun: 'Purchase order' },
        values: (row, refs) => ({
            purchase_order: refs.parent,
            line_number: row.u_erp_po_line_number,
            description: row.u_line_description,
            quantity: num(row.u_quantity),
            unit_price: num(row.u_unit_price),
            total_amount: num(row.u_line_amount),
            quantity_received: num(row.u_quantity_received),
            quantity_invoiced: num(row.u_quantity_invoiced),
            state: row.u_ml_line_state,
        }),
    },
    // "Receipt stage": a receipt of a PO line ServiceNow holds references it; one whose PO line has
    // not arrived yet is still a receipt (the three-way match waits for the line, not the receipt).
    sn_fcms_intg_imp_receipt: {
        target: 'sn_shop_receipt',
        coalesce: ['u_erp_po_number', 'u_erp_po_line_number', 'u_erp_receipt_number', 'u_erp_source'],
        link: { importTable: 'sn_fcms_intg_imp_order_line', columns: ['u_erp_po_number', 'u_erp_po_line_number'] },
        values: (row, refs) => ({
            purchase_order_line: refs.link,
            receipt_number: row.u_erp_receipt_number,
            po_number: row.u_erp_po_number,
            po_line_number: row.u_erp_po_line_number,
            quantity_received: num(row.u_quantity_received),
            received_date: row.u_receipt_date,
            state: row.u_state,
            type: row.u_type,
        }),
    },
}

const TRANSFORMED = ['inserted', 'updated']

/**
 * The stand-in's model of the Source-to-Pay transform maps ("Invoice import", "Order stage"): what
 * a real instance does to a pending import row, reduced to the checks that make it refuse one —
 * a mandatory column empty, an ERP source no `sn_fin_erp_source` record has, a supplier that
 * `sn_fin_supplier` does not hold for the row's legal entity — and otherwise an insert into the
 * primary table, or an update of the record the same coalesce key produced before. A model, not
 * the platform: the real maps check more (currencies, purchase orders, tax), and their exact
 * messages are the instance's (README, Known limits).
 */
export class ModelledImportTransform implements ImportTransform {
    constructor(private readonly store: Store) {}

    transform(importTable: string, rowSysIds: readonly string[]): void {
        const map = MAPS[importTable]
        if (!map || rowSysIds.length === 0) return
        const rows = this.store
            .query(importTable, { where: [{ field: 'sys_id', op: 'IN', value: rowSysIds }] })
            .filter((r) => (r.sys_import_state ?? 'pending') === 'pending')
        if (rows.length === 0) return
        const refs = new References(this.store, rows)
        const produced = this.earlierTargets(importTable, map, rows)
        const parents = map.parent ? this.parents(map.parent, rows) : null
        const links = map.link ? this.links(map.link, rows) : null
        for (const row of rows) {
            const refusal = this.refusal(importTable, row, refs) ?? orphan(map, row, parents)
            if (refusal !== null) {
                this.store.update(importTable, row.sys_id, {
                    sys_import_state: 'error',
                    sys_import_state_comment: refusal,
                })
                continue
            }
            const values = map.values(row, {
                ...refs.of(row),
                parent: parentOf(map, row, parents),
                link: linkOf(map, row, links),
            })
            const key = coalesceKey(map, row)
            const existing = produced.get(key)
            if (existing) this.store.update(map.target, existing, values)
            const targetSysId =
                existing ?? this.store.insert(map.target, { sys_id: producedSysId(map, key), ...values })
            produced.set(key, targetSysId)
            this.store.update(importTable, row.sys_id, {
                sys_import_state: existing ? 'updated' : 'inserted',
                sys_import_state_comment: null,
                sys_target_table: map.target,
                sys_target_sys_id: targetSysId,
            })
        }
    }

    outcomes(importTable: string, rowSysIds: readonly string[]): ImportOutcome[] {
        if (rowSysIds.length === 0) return []
        return this.store
            .query(importTable, { where: [{ field: 'sys_id', op: 'IN', value: rowSysIds }] })
            .map(importOutcomeOf)
    }

    /** The platform's reason to refuse the row, or null. */
    private refusal(importTable: string, row: StoredRecord, refs: References): string | null {
        const mandatory = mandatoryColumns(importTable)
        const checked = removed(row) ? mandatory.ofRemoved : mandatory.all
        const empty = checked.filter((c) => (row[c.name] ?? '').trim() === '').map((c) => c.name)
        if (empty.length > 0) return `Mandatory field(s) empty: ${empty.join(', ')}; the row was not transformed.`
        if (!refs.erpSourceKnown(row.u_erp_source))
            return `ERP source "${row.u_erp_source}" does not exist in ServiceNow (sn_fin_erp_source); the row was not transformed.`
        const supplier = row.u_supplier
        if (supplier && refs.checksSuppliers && refs.of(row).supplier === null)
            return row.u_legal_entity
                ? `Supplier ${supplier} is not known in ServiceNow for legal entity ${row.u_legal_entity}.`
                : `Supplier ${supplier} is not known in ServiceNow.`
        return null
    }

    /** Header records by number: what the header's transformed import rows produced (the latest each). */
    private parents(parent: NonNullable<TransformMap['parent']>, rows: readonly StoredRecord[]): Map<string, string> {
        return this.produced(parent.importTable, parent.number, rows, (header) => header[parent.number] ?? '')
    }

    /** Linked records by their columns' values: what the other table's transformed rows produced (the latest each). */
    private links(link: NonNullable<TransformMap['link']>, rows: readonly StoredRecord[]): Map<string, string> {
        return this.produced(link.importTable, link.columns[0], rows, (other) => columnsKey(link.columns, other))
    }

    /**
     * What an import table's transformed rows produced, by `keyOf` (the latest each): the rows whose
     * `column` holds a value one of `rows` holds there, in one query.
     */
    private produced(
        importTable: string,
        column: string,
        rows: readonly StoredRecord[],
        keyOf: (row: StoredRecord) => string
    ): Map<string, string> {
        const values = [...new Set(rows.flatMap((r) => r[column] ?? []))].filter((v) => v !== '')
        const found = new Map<string, string>()
        if (values.length === 0) return found
        for (const row of this.store.query(importTable, {
            where: [
                { field: column, op: 'IN', value: values },
                { field: 'sys_import_state', op: 'IN', value: TRANSFORMED },
            ],
        }))
            if (row.sys_target_sys_id) found.set(keyOf(row), row.sys_target_sys_id)
        return found
    }

    /**
     * Records earlier rows of the same coalesce keys produced: one query over the import table, and
     * one over the primary table for records whose row never learnt of them (below).
     */
    private earlierTargets(importTable: string, map: TransformMap, rows: readonly StoredRecord[]): Map<string, string> {
        const produced = this.produced(importTable, map.coalesce[0], rows, (row) => coalesceKey(map, row))
        // No row has a coalesce key to look for: nothing to find in the primary table either.
        if (!rows.some((r) => r[map.coalesce[0]])) return produced
        const unknown = new Map(
            rows.map((r) => coalesceKey(map, r)).flatMap((k) => (produced.has(k) ? [] : [[producedSysId(map, k), k]]))
        )
        if (unknown.size > 0)
            for (const record of this.store.query(map.target, {
                where: [{ field: 'sys_id', op: 'IN', value: [...unknown.keys()] }],
            }))
                produced.set(unknown.get(record.sys_id) as string, record.sys_id)
        return produced
    }
}

/**
 * The sys_id of the primary record a coalesce key makes: fixed by the key, so the record is found
 * again by the key (a real map coalesces on the target's own fields) even when the process died
 * between inserting it and marking its import row — the model's stand-in for the platform
 * finishing or undoing a row's transform as one step.
 */
function producedSysId(map: TransformMap, key: string): string {
    return hashHex('md5', `transform:${map.target}:${key}`)
}

/** Per import table: its mandatory columns, and those a removed-line row must fill (its coalesce columns). */
const MANDATORY = new Map<string, { all: readonly ModelColumn[]; ofRemoved: readonly ModelColumn[] }>()

function mandatoryColumns(importTable: string): { all: readonly ModelColumn[]; ofRemoved: readonly ModelColumn[] } {
    let found = MANDATORY.get(importTable)
    if (found === undefined) {
        const all = IMPORT_TABLE_MODELS[importTable].columns.filter((c) => c.mandatory)
        const coalesce = MAPS[importTable].coalesce
        found = { all, ofRemoved: all.filter((c) => coalesce.includes(c.name)) }
        MANDATORY.set(importTable, found)
    }
    return found
}

function parentOf(map: TransformMap, row: StoredRecord, parents: ReadonlyMap<string, string> | null): string | null {
    if (!map.parent || !parents) return null
    return parents.get(row[map.parent.number] ?? '') ?? null
}

/** A line whose header has no record in ServiceNow yet: the platform refuses it (an orphan line). */
function orphan(map: TransformMap, row: StoredRecord, parents: ReadonlyMap<string, string> | null): string | null {
    if (!map.parent || !parents) return null
    const number = row[map.parent.number] ?? ''
    if (parents.has(number)) return null
    return `${map.parent.noun} ${number} of this line has no record in ServiceNow (its header row was not transformed); the line was not transformed.`
}

function linkOf(map: TransformMap, row: StoredRecord, links: ReadonlyMap<string, string> | null): string | null {
    if (!map.link || !links) return null
    return links.get(columnsKey(map.link.columns, row)) ?? null
}

/** A row's values in these columns, trimmed, as one key (a link's, a coalesce key). */
function columnsKey(columns: readonly string[], row: StoredRecord): string {
    return JSON.stringify(columns.map((c) => (row[c] ?? '').trim()))
}

function coalesceKey(map: TransformMap, row: StoredRecord): string {
    return columnsKey(map.coalesce, row)
}

/**
 * The reference records a batch of rows names, read once per batch: ERP sources (a handful),
 * suppliers by ERP supplier code, legal entities by ERP company code. The ERP source may be named
 * by sys_id, name or source value (which one an instance matches is unconfirmed).
 */
class References {
    private readonly erpSources: Set<string>
    private readonly suppliers = new Map<string, string>()
    private readonly legalEntities = new Map<string, string>()
    /**
     * An empty supplier master is not modelled (a `sync` against a real tenant has nobody to seed
     * it): suppliers are checked once it holds any — the demo seeds it from the emulator.
     */
    readonly checksSuppliers: boolean

    constructor(store: Store, rows: readonly StoredRecord[]) {
        this.checksSuppliers = store.query('sn_fin_supplier', { limit: 1 }).length > 0
        this.erpSources = new Set(
            store.query('sn_fin_erp_source', {}).flatMap((s) => [s.sys_id, s.name, s.source].filter((v) => v !== null))
        )
        const codes = [...new Set(rows.flatMap((r) => (r.u_supplier ? [r.u_supplier] : [])))]
        if (codes.length > 0)
            for (const s of store.query('sn_fin_supplier', {
                where: [{ field: 'erp_supplier_code', op: 'IN', value: codes }],
            })) {
                this.suppliers.set(`${s.erp_supplier_code}|${s.erp_company_code ?? ''}`, s.sys_id)
                // A row without a legal entity matches the supplier in any.
                this.suppliers.set(`${s.erp_supplier_code}|`, s.sys_id)
            }
        const companies = [...new Set(rows.flatMap((r) => (r.u_legal_entity ? [r.u_legal_entity] : [])))]
        if (companies.length > 0)
            for (const e of store.query('sn_fin_legal_entity', {
                where: [{ field: 'erp_company_code', op: 'IN', value: companies }],
            }))
                if (e.erp_company_code) this.legalEntities.set(e.erp_company_code, e.sys_id)
    }

    erpSourceKnown(value: string | null): boolean {
        return value !== null && this.erpSources.has(value)
    }

    of(row: StoredRecord): { supplier: string | null; legalEntity: string | null } {
        const entity = row.u_legal_entity ?? ''
        return {
            supplier: this.suppliers.get(`${row.u_supplier}|${entity}`) ?? null,
            legalEntity: this.legalEntities.get(entity) ?? null,
        }
    }
}
