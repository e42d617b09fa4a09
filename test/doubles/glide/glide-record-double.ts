import type { Condition, FieldCondition, FieldValue, RecordValues, StoredRecord } from '../../../src/server/ports/store'
import { StoreError } from '../../../src/server/ports/store'
import type { ColumnDescriptor, GlideWorld } from './glide-world'

type WorldRef = () => GlideWorld
const SYSTEM_FIELDS: readonly string[] = [
    'sys_id',
    'sys_created_on',
    'sys_updated_on',
    'sys_created_by',
    'sys_updated_by',
]
type Comparison = '=' | '!=' | '<' | '<=' | '>' | '>='
const COMPARISONS: readonly string[] = ['=', '!=', '<', '<=', '>', '>=']

/** A condition on a dot-walked field (`role.name`), evaluated here by following the reference. */
interface DottedCondition {
    path: string[]
    op: Comparison | 'IN'
    value: string | number | boolean | readonly string[]
}

/** What addQuery returns on the instance (GlideQueryCondition), as far as the adapters use it. */
export interface QueryConditionDouble {
    addOrCondition(field: string, ...rest: unknown[]): void
}

/**
 * A term of addQuery/addOrCondition(field, [operator,] value): the documented operators only (no
 * ISEMPTY: addNullQuery is the way); null when an empty IN list makes the instance drop the term.
 */
function parseTerm(field: string, rest: readonly unknown[]): FieldCondition | null {
    if (rest.length === 0) throw new Error('GlideRecord double: encoded queries are not supported')
    const [op, value] = rest.length === 1 ? ['=', rest[0]] : [String(rest[0]).toUpperCase(), rest[1]]
    if (op === 'IN') {
        // Pessimistic model of the instance: a list is a comma-separated string, so a value
        // containing a comma splits in two (adapters must not pass such values to IN).
        const values = (Array.isArray(value) ? value.map(String).join(',') : String(value)).split(',')
        // Modelled on the instance's lenient parsing: an empty list drops the condition.
        if (values.length === 0 || (values.length === 1 && values[0] === '')) return null
        return { field, op: 'IN', value: values }
    }
    if (COMPARISONS.includes(op)) {
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
            throw new Error(`GlideRecord double: ${field} ${op} needs a string, number or boolean`)
        }
        return { field, op: op as Comparison, value }
    }
    throw new Error(`GlideRecord double: operator ${op} is not supported`)
}

const noOrConditions: QueryConditionDouble = {
    addOrCondition(): void {
        throw new Error('GlideRecord double: addOrCondition on a dot-walked condition is not supported')
    },
}

export class ElementDescriptorDouble {
    constructor(private readonly column: ColumnDescriptor) {}
    getName(): string {
        return this.column.name
    }
    getInternalType(): string {
        return this.column.internalType
    }
    getLength(): number {
        return this.column.maxLength ?? 0
    }
    isMandatory(): boolean {
        return this.column.mandatory ?? false
    }
    getReference(): string {
        return this.column.reference ?? ''
    }
    isChoiceTable(): boolean {
        return this.column.choices !== undefined
    }
}

export class ElementDouble {
    constructor(private readonly column: ColumnDescriptor) {}
    getName(): string {
        return this.column.name
    }
    getED(): ElementDescriptorDouble {
        return new ElementDescriptorDouble(this.column)
    }
    /** The field's choice values, as the scoped GlideElement.getChoices() lists them. */
    getChoices(): string[] {
        return [...(this.column.choices ?? [])]
    }
}

/**
 * GlideRecord over a GlideWorld's Store, with the instance's observable behaviour for what the app
 * uses: addQuery with the operators the Store port knows (and dot-walked `=`/IN), null queries,
 * ordering, limits, get by sys_id or field, insert/update returning null and setting
 * getLastErrorMessage on refusal, element descriptors. Anything else throws, so an adapter that
 * strays from the supported surface fails its tests instead of passing by accident.
 */
export function glideRecordClass(worldOf: WorldRef) {
    return class GlideRecord {
        protected conditions: Condition[] = []
        protected dotted: DottedCondition[] = []
        private orders: { field: string; descending: boolean }[] = []
        private limit: number | undefined
        private rows: StoredRecord[] = []
        private index = -1
        private current: StoredRecord | null = null
        private pending: Record<string, FieldValue> = {}
        private guid: string | null = null
        private lastError = ''
        private queried = false
        private workflow = true
        private aborted = false

        constructor(private readonly table: string) {
            if (typeof table !== 'string' || !table) throw new Error('GlideRecord needs a table name')
        }

        protected get world(): GlideWorld {
            return worldOf()
        }

        getTableName(): string {
            return this.table
        }

        isValid(): boolean {
            return this.world.hasTable(this.table)
        }

        initialize(): void {
            this.current = null
            this.pending = {}
            this.guid = null
        }

        newRecord(): void {
            this.initialize()
        }

        addQuery(field: string, ...rest: unknown[]): QueryConditionDouble {
            const condition = parseTerm(field, rest)
            if (condition === null) return noOrConditions
            if (field.includes('.')) {
                if (condition.op !== '=' && condition.op !== 'IN') {
                    throw new Error(`GlideRecord double: dot-walked ${field} supports only = and IN`)
                }
                this.dotted.push({ path: field.split('.'), op: condition.op, value: condition.value })
                return noOrConditions
            }
            return this.addTerm(condition)
        }

        addNullQuery(field: string): QueryConditionDouble {
            return this.addTerm({ field, op: 'ISEMPTY' })
        }

        addNotNullQuery(field: string): QueryConditionDouble {
            return this.addTerm({ field, op: 'ISNOTEMPTY' })
        }

        /** Adds a term; what it returns ORs alternatives (documented operators, no dot-walking) to it. */
        private addTerm(condition: FieldCondition): QueryConditionDouble {
            const conditions = this.conditions
            conditions.push(condition)
            const index = conditions.length - 1
            return {
                addOrCondition(orField: string, ...orRest: unknown[]): void {
                    if (orField.includes('.'))
                        throw new Error('GlideRecord double: dot-walked OR terms are not supported')
                    const term = parseTerm(orField, orRest)
                    // An empty IN alternative is dropped, like an empty IN term.
                    if (term === null) return
                    const base = conditions[index]
                    conditions[index] =
                        base.op === 'OR' ? { op: 'OR', any: [...base.any, term] } : { op: 'OR', any: [base, term] }
                },
            }
        }

        /** Fields of the table's dictionary, and the system fields every table has. */
        isValidField(field: string): boolean {
            return SYSTEM_FIELDS.includes(field) || this.world.columnsOf(this.table).some((c) => c.name === field)
        }

        addEncodedQuery(): never {
            throw new Error('GlideRecord double: addEncodedQuery is not used by this app and not supported')
        }

        orderBy(field: string): void {
            this.orders.push({ field, descending: false })
        }

        orderByDesc(field: string): void {
            this.orders.push({ field, descending: true })
        }

        setLimit(limit: number): void {
            this.limit = limit
        }

        setWorkflow(enable: boolean): void {
            this.workflow = enable
        }

        autoSysFields(): void {}

        query(): void {
            this.queried = true
            if (!this.isValid()) {
                this.world.log('error', `Invalid table name ${this.table}`)
                this.rows = []
            } else {
                const rows = this.world.store.query(this.table, {
                    where: this.conditions,
                    orderBy: this.orders,
                    ...(this.dotted.length === 0 && this.limit !== undefined ? { limit: this.limit } : {}),
                })
                const matching = rows.filter((row) => this.dotted.every((c) => this.matchesDotted(row, c)))
                this.rows = this.limit === undefined ? matching : matching.slice(0, this.limit)
            }
            this.index = -1
            this.current = null
        }

        next(): boolean {
            this.index++
            this.pending = {}
            this.current = this.index < this.rows.length ? this.rows[this.index] : null
            return this.current !== null
        }

        hasNext(): boolean {
            return this.index + 1 < this.rows.length
        }

        getRowCount(): number {
            return this.rows.length
        }

        get(keyOrField: string, value?: string): boolean {
            if (!this.isValid()) return false
            let found: StoredRecord | null
            if (value === undefined) {
                found = this.world.store.get(this.table, keyOrField)
            } else {
                const rows = this.world.store.query(this.table, {
                    where: [{ field: keyOrField, op: '=', value }],
                    limit: 1,
                })
                found = rows[0] ?? null
            }
            this.current = found
            this.pending = {}
            this.rows = found ? [found] : []
            this.index = found ? 0 : -1
            return found !== null
        }

        getValue(field: string): string | null {
            if (field in this.pending) {
                const value = this.pending[field]
                return value === null || value === '' ? null : String(value)
            }
            const value = this.current?.[field]
            return value === undefined || value === null || value === '' ? null : value
        }

        /**
         * The scoped GlideRecord.getDisplayValue() takes no argument (the record's display value);
         * a field's display value comes from its element. Called with a field, the double refuses.
         */
        getDisplayValue(field?: string): string {
            if (field !== undefined)
                throw new Error(
                    'GlideRecord double: getDisplayValue(field) is not in the scoped API; use getElement(field).getDisplayValue()'
                )
            return ''
        }

        getElement(field: string): { getName(): string; getDisplayValue(): string } {
            return { getName: () => field, getDisplayValue: () => this.fieldDisplayValue(field) }
        }

        private fieldDisplayValue(field: string): string {
            const value = this.getValue(field)
            const column = this.world.columnsOf(this.table).find((c) => c.name === field)
            if (value === null) return ''
            if (column?.reference) {
                const target = this.world.store.get(column.reference, value)
                return target?.name ?? target?.user_name ?? target?.number ?? value
            }
            return value
        }

        setValue(field: string, value: FieldValue): void {
            this.pending[field] = value
        }

        setNewGuidValue(guid: string): void {
            this.guid = guid
        }

        getUniqueValue(): string {
            return this.current?.sys_id ?? this.guid ?? ''
        }

        getElements(): ElementDouble[] {
            const columns = [...this.world.columnsOf(this.table)]
            const known = new Set(columns.map((c) => c.name))
            for (const name of Object.keys(this.current ?? {})) {
                if (!known.has(name)) columns.push({ name, internalType: name === 'sys_id' ? 'GUID' : 'string' })
            }
            return columns.map((c) => new ElementDouble(c))
        }

        /** Set by a business rule: the write that ran it is refused. */
        setAbortAction(abort: boolean): void {
            this.aborted = abort
        }

        /** Runs the world's before rules for this write (unless setWorkflow(false)); false when one aborted. */
        private runBeforeRules(operation: 'insert' | 'update'): boolean {
            if (!this.workflow) return true
            const rules = this.world.businessRules.filter((r) => r.table === this.table && r[operation])
            if (rules.length === 0) return true
            const previous = new GlideRecord(this.table)
            if (operation === 'update' && this.current) previous.get(this.current.sys_id)
            this.aborted = false
            for (const rule of rules) {
                rule.script(this as never, previous as never)
                if (this.aborted) return false
            }
            return true
        }

        insert(): string | null {
            if (!this.isValid()) return this.refuse(`Invalid table ${this.table}`)
            if (!this.runBeforeRules('insert')) return this.refuse('Operation against file aborted by a business rule')
            try {
                const pending = clearingNull(this.pending)
                const values = this.guid ? { ...pending, sys_id: this.guid } : { ...pending }
                const sysId = this.world.store.insert(this.table, values)
                this.current = this.world.store.get(this.table, sysId)
                this.pending = {}
                this.guid = null
                return sysId
            } catch (error) {
                if (error instanceof StoreError) return this.refuse(error.message)
                throw error
            }
        }

        update(): string | null {
            if (!this.current) return this.refuse('update() without a current record')
            if (!this.runBeforeRules('update')) {
                this.pending = {}
                return this.refuse('Operation against file aborted by a business rule')
            }
            try {
                this.world.store.update(this.table, this.current.sys_id, clearingNull(this.pending))
                this.current = this.world.store.get(this.table, this.current.sys_id)
                this.pending = {}
                return this.current?.sys_id ?? null
            } catch (error) {
                if (error instanceof StoreError) return this.refuse(error.message)
                throw error
            }
        }

        /**
         * The instance's bulk update, as documented: every record matching the query terms gets the
         * values set so far, setLimit is ignored, and an empty value is skipped (only 'NULL'
         * clears a field). Stricter than the instance where an adapter could go wrong unnoticed:
         * after query() (which would change the meaning), with dot-walked terms, or with a term on
         * a field the table lacks (the instance drops such a term and updates more records), and
         * with business rules on (modelled pessimistically: to run them the instance may update
         * record by record, which is no longer one statement).
         */
        updateMultiple(): void {
            if (this.queried) throw new Error('GlideRecord double: updateMultiple after query() is not supported')
            if (this.workflow) throw new Error('GlideRecord double: updateMultiple without setWorkflow(false)')
            if (this.dotted.length > 0) throw new Error('GlideRecord double: updateMultiple with dot-walked terms')
            if (!this.isValid()) {
                this.world.log('error', `Invalid table name ${this.table}`)
                return
            }
            for (const condition of this.conditions)
                for (const term of condition.op === 'OR' ? condition.any : [condition])
                    if (!this.isValidField(term.field))
                        throw new Error(`GlideRecord double: the instance would drop the term on ${term.field}`)
            const changes: Record<string, FieldValue> = {}
            for (const [field, value] of Object.entries(this.pending)) {
                if (value === null || value === '') continue
                changes[field] = value === 'NULL' ? null : value
            }
            if (Object.keys(changes).length === 0) return
            this.world.store.updateWhere(this.table, this.conditions, changes as RecordValues)
        }

        getLastErrorMessage(): string {
            return this.lastError
        }

        private refuse(message: string): null {
            this.lastError = message
            this.world.log('error', message)
            return null
        }

        private matchesDotted(row: StoredRecord, condition: DottedCondition): boolean {
            let table = this.table
            let record: StoredRecord | null = row
            const path = condition.path
            for (let i = 0; i < path.length - 1 && record; i++) {
                const column = this.world.columnsOf(table).find((c) => c.name === path[i])
                if (!column?.reference) throw new Error(`GlideRecord double: ${table}.${path[i]} is not a reference`)
                const target: string | null = record[path[i]] ?? null
                table = column.reference
                record = target ? this.world.store.get(table, target) : null
            }
            const actual = record?.[path[path.length - 1]] ?? null
            if (condition.op === 'IN') return actual !== null && (condition.value as string[]).includes(actual)
            return actual === String(condition.value)
        }
    }
}

/** GlideAggregate, COUNT only (what the Store adapter uses). */
export function glideAggregateClass(worldOf: WorldRef, GlideRecord: ReturnType<typeof glideRecordClass>) {
    return class GlideAggregate extends GlideRecord {
        private counting = false
        private count: number | null = null

        addAggregate(aggregate: string, field?: string | null): void {
            if (aggregate.toUpperCase() !== 'COUNT' || field) {
                throw new Error(`GlideAggregate double: only COUNT without a field is supported`)
            }
            this.counting = true
        }

        override query(): void {
            if (!this.counting) throw new Error('GlideAggregate double: query() before addAggregate')
            if (this.dotted.length > 0) throw new Error('GlideAggregate double: dot-walked conditions unsupported')
            this.count = this.isValid() ? worldOf().store.count(this.getTableName(), this.conditions) : 0
        }

        private delivered = false

        /** One aggregate row, like the instance returns for COUNT without group-by. */
        override next(): boolean {
            if (this.count === null || this.delivered) return false
            this.delivered = true
            return true
        }

        getAggregate(aggregate: string): string {
            if (aggregate.toUpperCase() !== 'COUNT' || this.count === null) return ''
            return String(this.count)
        }
    }
}

/** The instance reads the text NULL given to setValue as "empty" (a reserved word), on insert and update alike. */
function clearingNull(values: Record<string, FieldValue>): Record<string, FieldValue> {
    const out: Record<string, FieldValue> = {}
    for (const [field, value] of Object.entries(values)) out[field] = value === 'NULL' ? null : value
    return out
}
