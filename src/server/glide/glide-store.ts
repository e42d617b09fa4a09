import { GlideAggregate, GlideRecord } from '@servicenow/glide'
import type { GlideQueryCondition } from '@servicenow/glide'
import type { AnyOf, Condition, FieldCondition, Query, RecordValues, Store, StoredRecord } from '../ports/store'
import { StoreError } from '../ports/store'
import { isReservedNull } from '../core/domain/reserved-null'
import { SCOPE } from '../../tables/scope'

/** The COUNT form of GlideAggregate; the typings demand a field name that COUNT does not take. */
interface CountAggregate {
    addAggregate(aggregate: 'COUNT'): void
    getAggregate(aggregate: 'COUNT'): string
}

/**
 * Store over GlideRecord. Conditions become addQuery(field, operator, value) calls, never an
 * encoded query, so a value can never change the meaning of a query; IN takes the array itself.
 */
export class GlideStore implements Store {
    get(table: string, sysId: string): StoredRecord | null {
        const record = open(table)
        return record.get(sysId) ? read(record) : null
    }

    query(table: string, query: Query): StoredRecord[] {
        const where = query.where ?? []
        if (matchesNothing(where) || query.limit === 0) return []
        const record = open(table)
        for (const condition of where) addCondition(record, condition)
        for (const order of query.orderBy ?? []) {
            if (order.descending) record.orderByDesc(order.field)
            else record.orderBy(order.field)
        }
        if (query.limit !== undefined) record.setLimit(query.limit)
        record.query()
        const rows: StoredRecord[] = []
        while (record.next()) rows.push(read(record))
        return rows
    }

    count(table: string, where: readonly Condition[]): number {
        if (matchesNothing(where)) return 0
        open(table)
        const aggregate = new GlideAggregate(table)
        for (const condition of where) addCondition(aggregate as unknown as GlideRecord, condition)
        const counter = aggregate as unknown as CountAggregate
        counter.addAggregate('COUNT')
        aggregate.query()
        return aggregate.next() ? Number(counter.getAggregate('COUNT')) || 0 : 0
    }

    insert(table: string, values: RecordValues): string {
        const record = open(table)
        record.initialize()
        ownWritesSkipRules(record, table)
        const { sys_id: sysId, ...fields } = values
        if (typeof sysId === 'string' && sysId) record.setNewGuidValue(sysId)
        assign(record, table, fields)
        const created = record.insert()
        if (!created) throw refusal('insert into', table, record)
        return String(created)
    }

    /** Glide has no multi-row insert for scoped scripts: one insert per row, in order. */
    insertMany(table: string, rows: readonly RecordValues[]): string[] {
        return rows.map((row) => this.insert(table, row))
    }

    update(table: string, sysId: string, values: RecordValues): void {
        const record = open(table)
        if (!record.get(sysId)) throw new StoreError(`${table} has no record ${sysId} to update`, 'rejected')
        ownWritesSkipRules(record, table)
        const { sys_id: ignored, ...fields } = values
        void ignored
        assign(record, table, fields)
        if (!record.update()) throw refusal('update of', table, record)
    }

    /**
     * GlideRecord.updateMultiple: one UPDATE ... WHERE on the database, so the conditions are a
     * compare-and-set. Never after query() (it would update the queried set instead) and never with
     * setLimit (ignored). Business rules are off (setWorkflow(false)): running them would need the
     * records one by one, not one statement; no caller relies on them. A misspelt field would not
     * fail: the instance drops an invalid query term and the update would reach more records, so
     * every field is checked first.
     */
    updateWhere(table: string, where: readonly Condition[], values: RecordValues): void {
        if (matchesNothing(where)) return
        const record = open(table)
        const { sys_id: ignored, ...fields } = values
        void ignored
        for (const field of [...where.flatMap(fieldsOf), ...Object.keys(fields)]) {
            if (!record.isValidField(field))
                throw new StoreError(`${table} has no field ${field}; nothing was updated`, 'rejected')
        }
        refuseReservedNull(table, fields)
        for (const condition of where) addCondition(record, condition)
        record.setWorkflow(false)
        for (const field of Object.keys(fields)) {
            const value = fields[field]
            // updateMultiple skips empty values instead of clearing them; 'NULL' is how it clears.
            record.setValue(field, value === null || value === '' ? 'NULL' : value)
        }
        record.updateMultiple()
    }
}

/**
 * The connector's writes to its own tables skip business rules: those rules guard the tables
 * against people (the connection's settings check, the flag's state guard), and the connector's
 * writes are the sync job and the Retry / Ignore / release actions, which record their own audit
 * rows. Writes to target tables (sn_apo_invoice, proc_po, ...) keep the platform's rules.
 */
function ownWritesSkipRules(record: GlideRecord, table: string): void {
    if (table.startsWith(SCOPE + '_')) record.setWorkflow(false)
}

function open(table: string): GlideRecord {
    const record = new GlideRecord(table)
    if (!record.isValid()) throw new StoreError(`table ${table} does not exist on this instance`, 'no_such_table')
    return record
}

/** An empty IN list matches no row; Glide would drop the condition and match every row. */
function matchesNothing(where: readonly Condition[]): boolean {
    return where.some((c) => (c.op === 'OR' ? c.any.every(isEmptyIn) : isEmptyIn(c)))
}

function isEmptyIn(condition: FieldCondition): boolean {
    return condition.op === 'IN' && condition.value.length === 0
}

function fieldsOf(condition: Condition): string[] {
    return condition.op === 'OR' ? condition.any.map((c) => c.field) : [condition.field]
}

function addCondition(record: GlideRecord, condition: Condition): void {
    if (condition.op === 'OR') addAnyOf(record, condition)
    else addTerm(record, condition)
}

/** Returns the term's GlideQueryCondition, to which OR alternatives can be added. */
function addTerm(record: GlideRecord, condition: FieldCondition): GlideQueryCondition {
    switch (condition.op) {
        case 'ISEMPTY':
            return record.addNullQuery(condition.field)
        case 'ISNOTEMPTY':
            return record.addNotNullQuery(condition.field)
        case 'IN': {
            // IN takes a comma-separated list, so a value with a comma (a JSON source key) would split:
            // such lists become an OR of equalities instead.
            const values = condition.value
            if (!values.some((v) => v.includes(','))) return record.addQuery(condition.field, 'IN', values.join(','))
            const first = record.addQuery(condition.field, values[0])
            for (const value of values.slice(1)) first.addOrCondition(condition.field, value)
            return first
        }
        default:
            return record.addQuery(condition.field, condition.op, condition.value)
    }
}

/**
 * An OR group: its first term is added like any other, the rest with addOrCondition, which takes
 * comparisons and IN but no emptiness test — so the (single) emptiness test goes first.
 */
function addAnyOf(record: GlideRecord, group: AnyOf): void {
    const live = group.any.filter((c) => !isEmptyIn(c))
    const emptiness = live.filter((c) => c.op === 'ISEMPTY' || c.op === 'ISNOTEMPTY')
    if (emptiness.length > 1) {
        const fields = emptiness.map((c) => c.field).join(', ')
        throw new StoreError(`an OR of emptiness tests (${fields}) cannot be expressed with GlideRecord`, 'rejected')
    }
    const [first, ...rest] = [...emptiness, ...live.filter((c) => !emptiness.includes(c))]
    const or = addTerm(record, first)
    for (const term of rest) {
        switch (term.op) {
            case 'ISEMPTY':
            case 'ISNOTEMPTY':
                continue // only the first term can be one (above)
            case 'IN':
                if (term.value.some((v) => v.includes(',')))
                    for (const v of term.value) or.addOrCondition(term.field, v)
                else or.addOrCondition(term.field, 'IN', term.value.join(','))
                continue
            default:
                or.addOrCondition(term.field, term.op, term.value)
        }
    }
}

/**
 * setValue with the text NULL clears the field (a reserved word), so such a value is refused with
 * the field named instead of blanking it; the core flags such documents before they get here.
 */
function assign(record: GlideRecord, table: string, values: RecordValues): void {
    refuseReservedNull(table, values)
    for (const field of Object.keys(values)) {
        const value = values[field]
        record.setValue(field, value === null ? '' : value)
    }
}

function refuseReservedNull(table: string, values: RecordValues): void {
    for (const field of Object.keys(values)) {
        if (isReservedNull(values[field]))
            throw new StoreError(
                `${table}.${field} cannot be set to the text "${String(values[field])}": the instance would store an empty field`,
                'rejected'
            )
    }
}

/** Field values as strings, empty as null, like the Store contract says. */
function read(record: GlideRecord): StoredRecord {
    const row: Record<string, string | null> = {}
    for (const element of record.getElements()) {
        const name = String(element.getName())
        const value = record.getValue(name)
        row[name] = value === null || value === undefined || value === '' ? null : String(value)
    }
    return { ...row, sys_id: String(record.getUniqueValue()) }
}

function refusal(action: string, table: string, record: GlideRecord): StoreError {
    const reason = String(record.getLastErrorMessage() ?? '')
    const code = /unique|duplicate/i.test(reason) ? 'duplicate_key' : 'rejected'
    return new StoreError(`${action} ${table} was refused${reason ? `: ${reason}` : ''}`, code)
}
