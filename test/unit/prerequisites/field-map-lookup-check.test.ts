import { presetPartition } from '../../fakes/preset-partition'
import type { ConnectionConfig, PartitionConfig } from '../../../src/server/core/config/connection-config'
import { checkPlatformPrerequisites } from '../../../src/server/core/prerequisites/check-platform-prerequisites'
import { missingOf } from '../../../src/server/core/prerequisites/prerequisite-line'
import { shippedFieldMapRows } from '../../../src/server/core/staging/field-map-rows'
import type { FieldMapRow } from '../../../src/server/core/staging/field-map-rows'
import type { ColumnInfo, Platform, TableAccess } from '../../../src/server/ports/platform'
import { columnInfoOf, modelTable } from '../../../src/local/s2p-model/s2p-model'

// The primary-table preset's look-ups checked against a dictionary: the stand-in's model of the
// Source-to-Pay tables, minus whatever a case takes away. A look-up whose table or columns are
// missing is one line naming the row's column and what to change.

class ModelPlatform implements Platform {
    constructor(private readonly without: { table?: string; column?: string } = {}) {}
    isPluginActive(): boolean {
        return true
    }
    describeTable(table: string): readonly ColumnInfo[] | null {
        const model = modelTable(table)
        if (!model || table === this.without.table) return null
        return model.columns.filter((c) => c.name !== this.without.column).map(columnInfoOf)
    }
    runAsUserHasRole(): boolean {
        return true
    }
    runAsUserName(): string {
        return 'sync.user'
    }
    tableAccess(): TableAccess {
        return { allScopes: true, canRead: true, canCreate: true, canUpdate: true }
    }
}

const PARTITIONS: PartitionConfig[] = [
    { ...presetPartition('supplier_invoice'), entitySetPath: 'A.svc/S', targetTable: 'sn_shop_invoice' },
]
const CONNECTION = {
    fieldMapPreset: 's2p_tables',
    partitions: PARTITIONS,
    erpSource: 'e'.repeat(32),
    externalInvoiceSource: 'IFS Cloud',
} as unknown as ConnectionConfig

const fieldMapMisses = (platform: Platform, rows: readonly FieldMapRow[] = []) =>
    missingOf(checkPlatformPrerequisites(platform, CONNECTION, rows)).filter((l) => l.check.startsWith('Field map'))

describe('look-up rows checked against the dictionary (s2p_tables)', () => {
    it('the shipped invoice map fits the modelled tables, look-ups included', () => {
        expect(fieldMapMisses(new ModelPlatform())).toEqual([])
    })

    it('a look-up table that does not exist fails on the row that looks in it', () => {
        expect(fieldMapMisses(new ModelPlatform({ table: 'fx_currency' }))).toEqual([
            {
                check: 'Field map s2p_tables → sn_shop_invoice: column currency',
                passed: false,
                reason: "the look-up table fx_currency does not exist (or the app may not read it): install its plugin, or change the row's look-up in Target field mappings",
            },
        ])
    })

    it('a look-up scope column the table does not have fails on the scoped row', () => {
        // sn_fin_supplier without legal_entity: the supplier cannot be found per legal entity.
        const platform = new (class extends ModelPlatform {
            override describeTable(table: string) {
                const columns = super.describeTable(table)
                return table === 'sn_fin_supplier' ? columns!.filter((c) => c.name !== 'legal_entity') : columns
            }
        })()
        expect(fieldMapMisses(platform)).toEqual([
            {
                check: 'Field map s2p_tables → sn_shop_invoice: column supplier',
                passed: false,
                reason: "no column legal_entity on sn_fin_supplier to scope supplier by: change the row's look-up scope in Target field mappings",
            },
        ])
    })

    it('a look-up match column the table does not have fails naming it', () => {
        const rows = shippedFieldMapRows(['s2p_tables']).map((r) =>
            r.column === 'currency' ? { ...r, lookup: 'fx_currency.iso_code' } : r
        )
        expect(fieldMapMisses(new ModelPlatform(), rows).map((l) => l.reason)).toEqual([
            "no column iso_code on fx_currency to look currency up by: change the row's look-up in Target field mappings",
        ])
    })

    it('a customer row can scope a look-up by another row: written as <column>=<target column>', () => {
        const rows = shippedFieldMapRows(['s2p_tables']).map((r) =>
            r.column === 'supplier' && r.objectType === 'supplier_invoice'
                ? { ...r, lookupScope: 'erp_company_code=nowhere' }
                : r
        )
        expect(fieldMapMisses(new ModelPlatform(), rows).map((l) => l.reason)).toEqual([
            'Field map row s2p_tables / supplier_invoice / sn_shop_invoice.supplier: the look-up scope names nowhere, which no other active row of the map writes: correct the row in Target field mappings',
        ])
        const malformed = shippedFieldMapRows(['s2p_tables']).map((r) =>
            r.column === 'supplier' && r.objectType === 'supplier_invoice' ? { ...r, lookupScope: 'legal_entity' } : r
        )
        expect(fieldMapMisses(new ModelPlatform(), malformed).map((l) => l.reason)).toEqual([
            'Field map row s2p_tables / supplier_invoice / sn_shop_invoice.supplier needs a look-up scope as <column of sn_fin_supplier>=<target column of this map> (is "legal_entity"): correct the row in Target field mappings',
        ])
    })

    it('a scope must name an unscoped row: no chains, no cycles', () => {
        const rows = shippedFieldMapRows(['s2p_tables']).map((r) =>
            r.column === 'currency' ? { ...r, lookupScope: 'code=supplier' } : r
        )
        expect(fieldMapMisses(new ModelPlatform(), rows).map((l) => l.reason)).toEqual([
            'Field map row s2p_tables / supplier_invoice / sn_shop_invoice.currency: the look-up scope names supplier, whose own look-up is scoped (a scope must be unscoped): correct the row in Target field mappings',
        ])
    })
})
