import { GlideAggregate, GlideRecord } from '@servicenow/glide'
import type { Condition, Query, RecordValues, Store, StoredRecord } from '../ports/store'
import { StoreError } from '../ports/store'

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
        const { sys_id: sysId, ...fields } = values
        if (typeof sysId === 'string' && sysId) record.setNewGuidValue(sysId)
        assign(record, fields)
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
        const { sys_id: ignored, ...fields } = values
        void ignored
        assign(record, fields)
        if (!record.update()) throw refusal('update of', table, record)
    }
}

function open(table: string): GlideRecord {
    const record = new GlideRecord(table)
    if (!record.isValid()) throw new StoreError(`table ${table} does not exist on this instance`, 'no_such_table')
    return record
}

/** An empty IN list matches no row; Glide would drop the condition and match every row. */
function matchesNothing(where: readonly Condition[]): boolean {
    return where.some((c) => c.op === 'IN' && c.value.length === 0)
}

function addCondition(record: GlideRecord, condition: Condition): void {
    switch (condition.op) {
        case 'ISEMPTY':
            record.addNullQuery(condition.field)
            return
        case 'ISNOTEMPTY':
            record.addNotNullQuery(condition.field)
            return
        case 'IN': {
            // IN takes a comma-separated list, so a value with a comma (a JSON source key) would split:
            // such lists become an OR of equalities instead.
            const values = condition.value
            if (!values.some((v) => v.includes(','))) {
                record.addQuery(condition.field, 'IN', values.join(','))
                return
            }
            const first = record.addQuery(condition.field, values[0])
            for (const value of values.slice(1)) first.addOrCondition(condition.field, value)
            return
        }
        default:
            record.addQuery(condition.field, condition.op, condition.value)
    }
}

function assign(record: GlideRecord, values: RecordValues): void {
    for (const field of Object.keys(values)) {
        const value = values[field]
        record.setValue(field, value === null ? '' : value)
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
