import { presetPartition } from '../../fakes/preset-partition'
import type { ConnectionConfig, PartitionConfig } from '../../../src/server/core/config/connection-config'
import { checkPlatformPrerequisites } from '../../../src/server/core/prerequisites/check-platform-prerequisites'
import { missingOf } from '../../../src/server/core/prerequisites/prerequisite-line'
import { shippedFieldMapRows } from '../../../src/server/core/staging/field-map-rows'
import type { FieldMapRow } from '../../../src/server/core/staging/field-map-rows'
import type { ColumnInfo, Platform, TableAccess } from '../../../src/server/ports/platform'
import { IMPORT_TABLE_MODELS } from '../../../src/local/s2p-model/import-tables'
import { columnInfoOf } from '../../../src/local/s2p-model/s2p-model'
import { customFieldMapRow } from '../../support/field-map-row'

// The instance's dictionary is the documentation's model of the import tables (s2p-targets §1a,
// §1d), not the field maps: a map that does not fit it must show as one line naming what to change.

const INVOICE_TABLE = 'sn_spend_intg_imp_invoice'
const ORDER_TABLE = 'sn_fcms_intg_imp_order'

class DictionaryPlatform implements Platform {
    constructor(
        private readonly access: (table: string) => TableAccess = () => ({
            allScopes: true,
            canRead: true,
            canCreate: true,
            canUpdate: true,
        })
    ) {}
    isPluginActive(): boolean {
        return true
    }
    describeTable(table: string): readonly ColumnInfo[] | null {
        const model = IMPORT_TABLE_MODELS[table]
        return model ? model.columns.map(columnInfoOf) : null
    }
    runAsUserHasRole(): boolean {
        return true
    }
    runAsUserName(): string {
        return 'sync.user'
    }
    tableAccess(table: string): TableAccess | null {
        return this.access(table)
    }
}

const PARTITIONS: PartitionConfig[] = [
    { ...presetPartition('supplier_invoice'), entitySetPath: 'A.svc/S', targetTable: INVOICE_TABLE },
    { ...presetPartition('purchase_order'), entitySetPath: 'B.svc/P', targetTable: ORDER_TABLE },
]

function connection(erpSource = 'e'.repeat(32)): ConnectionConfig {
    return {
        fieldMapPreset: 's2p_import',
        partitions: PARTITIONS,
        erpSource,
        externalInvoiceSource: 'IFS Cloud',
    } as unknown as ConnectionConfig
}

const shipped = (): FieldMapRow[] => shippedFieldMapRows(['s2p_import'])

function failing(rows: readonly FieldMapRow[], platform = new DictionaryPlatform(), conn = connection()) {
    return missingOf(checkPlatformPrerequisites(platform, conn, rows))
}

describe('the field map checked against the instance dictionary', () => {
    it('the shipped s2p_import preset fits the documented import tables, every mandatory column filled', () => {
        const lines = checkPlatformPrerequisites(new DictionaryPlatform(), connection(), [])
        expect(missingOf(lines)).toEqual([])
        const fits = lines.filter((l) => l.check.startsWith('Field map s2p_import'))
        expect(fits.map((l) => l.check)).toEqual([
            `Field map s2p_import → ${INVOICE_TABLE}: every mapped column exists and fits`,
            `Field map s2p_import → ${INVOICE_TABLE}_line: every mapped column exists and fits`,
            `Field map s2p_import → ${ORDER_TABLE}: every mapped column exists and fits`,
            `Field map s2p_import → ${ORDER_TABLE}_line: every mapped column exists and fits`,
        ])
        expect(fits[0].reason).toContain('7 mandatory columns filled')
    })

    it('a row mapping to a column the table does not have fails with one line naming table and column', () => {
        const missing = failing([...shipped(), customFieldMapRow({ column: 'u_custom' })])
        expect(missing).toHaveLength(1)
        expect(missing[0].check).toBe(`Field map s2p_import → ${INVOICE_TABLE}: column u_custom`)
        expect(missing[0].reason).toMatch(/^no column u_custom on sn_spend_intg_imp_invoice: add it to the table/)
    })

    it('a mandatory column left unmapped fails with one line naming it', () => {
        const rows = shipped().map((r) =>
            r.objectType === 'supplier_invoice' && r.column === 'u_other_charges' ? { ...r, active: false } : r
        )
        const missing = failing(rows)
        expect(missing).toHaveLength(1)
        expect(missing[0].check).toBe(`Field map s2p_import → ${INVOICE_TABLE}: mandatory column u_other_charges`)
        expect(missing[0].reason).toContain('is mandatory and nothing fills it: add a row for it')
    })

    it('a line row mapping to a column the line table does not have fails with one line naming table and column', () => {
        const rows = [
            ...shipped(),
            customFieldMapRow({
                level: 'line',
                targetTable: `${INVOICE_TABLE}_line`,
                column: 'u_line_custom',
                sourceKind: 'line',
                value: 'quantityReceived',
            }),
        ]
        const missing = failing(rows)
        expect(missing).toHaveLength(1)
        expect(missing[0].check).toBe(`Field map s2p_import → ${INVOICE_TABLE}_line: column u_line_custom`)
        expect(missing[0].reason).toMatch(/^no column u_line_custom on sn_spend_intg_imp_invoice_line: add it/)
    })

    it('a mandatory line column left unmapped fails with one line naming it', () => {
        const rows = shipped().map((r) =>
            r.level === 'line' && r.column === 'u_line_unit_price' ? { ...r, active: false } : r
        )
        const missing = failing(rows)
        expect(missing).toHaveLength(1)
        expect(missing[0].check).toBe(
            `Field map s2p_import → ${INVOICE_TABLE}_line: mandatory column u_line_unit_price`
        )
    })

    it('a line table the instance lacks fails with one line; deactivating the line rows stages headers only', () => {
        const noOrderLines = new (class extends DictionaryPlatform {
            override describeTable(table: string) {
                return table === `${ORDER_TABLE}_line` ? null : super.describeTable(table)
            }
        })()
        const missing = failing(shipped(), noOrderLines)
        expect(missing).toHaveLength(1)
        expect(missing[0].check).toBe(`Field map s2p_import → ${ORDER_TABLE}_line: line table`)
        expect(missing[0].reason).toContain('deactivate the line rows')
        const headersOnly = shipped().map((r) =>
            r.level === 'line' && r.objectType === 'purchase_order' ? { ...r, active: false } : r
        )
        expect(failing(headersOnly, noOrderLines)).toEqual([])
    })

    it('a line table without create access fails like a header table', () => {
        const platform = new DictionaryPlatform((table) => ({
            allScopes: true,
            canRead: true,
            canCreate: table !== `${INVOICE_TABLE}_line`,
            canUpdate: true,
        }))
        const missing = failing([], platform)
        expect(missing).toHaveLength(1)
        expect(missing[0].check).toBe(`Target table ${INVOICE_TABLE}_line lets other application scopes create records`)
    })

    it('a table without create access fails with one line saying which setting to change', () => {
        const platform = new DictionaryPlatform((table) => ({
            allScopes: true,
            canRead: true,
            canCreate: table !== ORDER_TABLE,
            canUpdate: true,
        }))
        const missing = failing([], platform)
        expect(missing).toHaveLength(1)
        expect(missing[0].check).toBe(`Target table ${ORDER_TABLE} lets other application scopes create records`)
        expect(missing[0].reason).toContain('tick "Can create"')
    })

    it('a constant that is not one of the column choices fails with the valid choices', () => {
        const rows = shipped().map((r) => (r.column === 'u_invoice_type' ? { ...r, value: 'standard_invoice' } : r))
        const missing = failing(rows)
        expect(missing).toHaveLength(1)
        expect(missing[0].reason).toContain(
            '"standard_invoice" is not a choice of sn_spend_intg_imp_invoice.u_invoice_type'
        )
        expect(missing[0].reason).toContain('invoice, non_po_invoice, debit_memo, credit_memo')
    })

    it('an empty ERP source on the connection fails once per table that writes it', () => {
        const missing = failing([], new DictionaryPlatform(), connection(''))
        expect(missing.map((l) => l.check)).toEqual([
            `Field map s2p_import → ${INVOICE_TABLE}: column u_erp_source`,
            `Field map s2p_import → ${INVOICE_TABLE}_line: column u_erp_source`,
            `Field map s2p_import → ${ORDER_TABLE}: column u_erp_source`,
            `Field map s2p_import → ${ORDER_TABLE}_line: column u_erp_source`,
        ])
        expect(missing[0].reason).toContain('choose the sn_fin_erp_source record')
    })

    it('a row the compiler cannot read fails with one line naming the row', () => {
        const missing = failing([...shipped(), customFieldMapRow({ value: 'netAmmount' })])
        expect(missing).toHaveLength(1)
        expect(missing[0].reason).toContain('u_custom names no canonical field "netAmmount"')
    })

    it('a custom column an admin added to the table and mapped passes', () => {
        const withColumn = new (class extends DictionaryPlatform {
            override describeTable(table: string) {
                const columns = super.describeTable(table)
                return columns && table === INVOICE_TABLE
                    ? [...columns, { name: 'u_custom', kind: 'string' as const, maxLength: 100, mandatory: false }]
                    : columns
            }
        })()
        expect(failing([...shipped(), customFieldMapRow({})], withColumn)).toEqual([])
        // Where the table holds only the admin's row (no shipped records), it is added to the shipped preset.
        expect(failing([customFieldMapRow({})], withColumn)).toEqual([])
        expect(failing([customFieldMapRow({})])).toHaveLength(1)
    })
})
