import { DIMENSION_MAP } from '../../../tables/dimension-map'
import type { Dimension } from '../../../tables/dimension-map'
import type { RecordValues, Store } from '../../ports/store'
import type { CodePart } from './master-data-cache'

const IFS_VALUE_MAX = DIMENSION_MAP.columns.ifs_value.options.maxLength
const DESCRIPTION_MAX = DIMENSION_MAP.columns.description.options.maxLength

/** An admin row's ServiceNow value and the dates it applies to (null = open). */
interface AdminValue {
    value: string
    from: string | null
    until: string | null
}

interface Entry {
    admin: AdminValue[]
    auto: string | null
}

const day = (v: string | null): string | null => (v ? v.slice(0, 10) : null)

/**
 * IFS code part → ServiceNow value, per company, loaded once per run with one query per company.
 * An admin row wins over an auto row; a row whose ServiceNow value is empty maps nothing. Auto
 * rows (identity mapping) are queued for the code parts documents use and written per page.
 */
export class DimensionMappings {
    private readonly byCompany = new Map<string, Map<string, Entry>>()
    private queued: RecordValues[] = []

    constructor(
        private readonly store: Store,
        private readonly connectionSysId: string,
        private readonly autoFill: boolean
    ) {}

    private entries(company: string): Map<string, Entry> {
        const cached = this.byCompany.get(company)
        if (cached) return cached
        const entries = new Map<string, Entry>()
        const rows = this.store.query(DIMENSION_MAP.name, {
            where: [
                { field: 'connection', op: '=', value: this.connectionSysId },
                { field: 'company', op: '=', value: company },
            ],
        })
        for (const row of rows) {
            if (row.ifs_value === null || (row.dimension !== 'gl_account' && row.dimension !== 'cost_center')) continue
            const id = JSON.stringify([row.dimension, row.ifs_value])
            const entry = entries.get(id) ?? { admin: [], auto: null }
            if (row.source === 'admin')
                entry.admin.push({ value: row.sn_value ?? '', from: day(row.valid_from), until: day(row.valid_until) })
            else entry.auto = entry.auto ?? row.sn_value ?? ''
            entries.set(id, entry)
        }
        this.byCompany.set(company, entries)
        return entries
    }

    /**
     * The ServiceNow value for a code part that exists in IFS on `onDate` (the document date),
     * auto-filling a mapping when none exists; null when there is no usable mapping. Admin rows
     * apply only within their valid from/until dates (an admin may remap a code from a date on);
     * auto rows copy IFS's dates, which the caller has already checked against IFS itself.
     */
    resolve(company: string, dimension: Dimension, part: CodePart, onDate: string): string | null {
        const entries = this.entries(company)
        const id = JSON.stringify([dimension, part.value])
        let entry = entries.get(id)
        if (!entry && this.autoFill && part.value.length <= IFS_VALUE_MAX) {
            entry = { admin: [], auto: part.value }
            entries.set(id, entry)
            this.queued.push({
                connection: this.connectionSysId,
                company,
                dimension,
                ifs_value: part.value,
                description: part.description === null ? null : part.description.slice(0, DESCRIPTION_MAX),
                sn_value: part.value,
                source: 'auto',
                valid_from: part.validFrom,
                valid_until: part.validUntil,
            })
        }
        if (!entry) return null
        if (entry.admin.length === 0) return entry.auto ? entry.auto : null
        const admin = entry.admin.find(
            (a) => (a.from === null || a.from <= onDate) && (a.until === null || onDate <= a.until)
        )
        return admin?.value ? admin.value : null
    }

    /** Writes the auto rows queued since the last call (nothing in a dry run: the caller skips it). */
    writeQueued(): number {
        const rows = this.queued
        if (rows.length === 0) return 0
        this.store.insertMany(DIMENSION_MAP.name, rows)
        this.queued = []
        return rows.length
    }

    discardQueued(): void {
        this.queued = []
    }
}
