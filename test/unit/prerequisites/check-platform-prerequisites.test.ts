import { presetPartition } from '../../fakes/preset-partition'
import type {
    ConnectionConfig,
    FieldMapPreset,
    PartitionConfig,
} from '../../../src/server/core/config/connection-config'
import { checkPlatformPrerequisites } from '../../../src/server/core/prerequisites/check-platform-prerequisites'
import { PLATFORM_REQUIREMENTS } from '../../../src/server/core/prerequisites/platform-requirements'
import { describeMissing, missingOf } from '../../../src/server/core/prerequisites/prerequisite-line'
import type { ColumnInfo, Platform, TableAccess } from '../../../src/server/ports/platform'
import { TARGET_TABLE_SCHEMAS } from '../../../src/server/core/staging/field-maps'

class FakePlatform implements Platform {
    readonly asked = { plugins: [] as string[], tables: [] as string[], roles: [] as string[] }
    constructor(
        private readonly plugins: readonly string[],
        private readonly tables: readonly string[],
        private readonly roles: readonly string[]
    ) {}
    isPluginActive(id: string): boolean {
        this.asked.plugins.push(id)
        return this.plugins.includes(id)
    }
    describeTable(table: string): readonly ColumnInfo[] | null {
        this.asked.tables.push(table)
        // Shaped like the field maps (their dictionary check is field-map-check.test.ts's subject).
        if (!this.tables.includes(table)) return null
        return (TARGET_TABLE_SCHEMAS[table] ?? []).map((c) => ({ ...c, mandatory: false }))
    }
    runAsUserHasRole(role: string): boolean {
        this.asked.roles.push(role)
        return this.roles.includes(role)
    }
    runAsUserName(): string {
        return 'sync.user'
    }
}

function connection(preset: FieldMapPreset, partitions: PartitionConfig[]): ConnectionConfig {
    return { fieldMapPreset: preset, partitions } as unknown as ConnectionConfig
}

const BOTH: PartitionConfig[] = [
    { ...presetPartition('supplier_invoice'), entitySetPath: 'A.svc/S', targetTable: 'sn_apo_invoice' },
    { ...presetPartition('purchase_order'), entitySetPath: 'B.svc/P', targetTable: 'proc_po' },
]

describe('checkPlatformPrerequisites', () => {
    it('passes every line when plugins, tables and roles of the preset are present', () => {
        const need = [PLATFORM_REQUIREMENTS.brief.supplier_invoice, PLATFORM_REQUIREMENTS.brief.purchase_order]
        const platform = new FakePlatform(
            need.flatMap((r) => r.plugins.map((p) => p.ids[0])),
            ['sn_apo_invoice', 'proc_po'],
            need.flatMap((r) => r.roles.map((role) => role.anyOf[0]))
        )
        const lines = checkPlatformPrerequisites(platform, connection('brief', BOTH))
        expect(missingOf(lines)).toEqual([])
        expect(lines.length).toBeGreaterThanOrEqual(2 + 2 + 2)
        expect(describeMissing(lines)).toBe('All prerequisites are met.')
    })

    it('lists each missing plugin, table and role with what to do', () => {
        const lines = checkPlatformPrerequisites(new FakePlatform([], [], []), connection('brief', BOTH))
        const missing = missingOf(lines).map((l) => l.check)
        expect(missing).toEqual(
            expect.arrayContaining([
                expect.stringContaining('com.snc.procurement'),
                expect.stringContaining('sn_ap_apm'),
                'Target table sn_apo_invoice exists',
                'Target table proc_po exists',
                'Run-as user sync.user has role procurement_user',
                'Run-as user sync.user has role sn_ap_apm.accounts_payable_specialist',
            ])
        )
        const message = describeMissing(lines)
        expect(message.split('\n')[0]).toBe('Prerequisites missing:')
        expect(message.split('\n')).toHaveLength(1 + missing.length)
        expect(message).toContain('activate the plugin com.snc.procurement')
    })

    it('checks only what the enabled object types need, each item once', () => {
        const platform = new FakePlatform([], [], [])
        const s2p = connection('s2p_tables', [
            { ...presetPartition('purchase_order'), entitySetPath: 'B.svc/P', targetTable: 'sn_shop_purchase_order' },
            { ...presetPartition('purchase_order'), entitySetPath: 'C.svc/P', targetTable: 'sn_shop_purchase_order' },
        ])
        checkPlatformPrerequisites(platform, s2p)
        expect(platform.asked.plugins).toEqual(['com.snc.sn_shop'])
        expect(platform.asked.tables).toEqual(['sn_shop_purchase_order'])
        expect(platform.asked.roles).toEqual(['sn_shop.procurement_specialist'])
    })

    it('fails only the missing line when one plugin is inactive', () => {
        const need = PLATFORM_REQUIREMENTS.brief.purchase_order
        const platform = new FakePlatform(
            [],
            ['proc_po'],
            need.roles.map((r) => r.anyOf[0])
        )
        const lines = checkPlatformPrerequisites(platform, connection('brief', [BOTH[1]]))
        expect(missingOf(lines)).toEqual([
            expect.objectContaining({ check: 'Plugin Procurement (com.snc.procurement) is active', passed: false }),
        ])
    })
})

describe('checkPlatformPrerequisites: target tables’ Application Access', () => {
    const need = [PLATFORM_REQUIREMENTS.brief.supplier_invoice, PLATFORM_REQUIREMENTS.brief.purchase_order]
    const OPEN: TableAccess = { allScopes: true, canRead: true, canCreate: true, canUpdate: true }

    function platformWith(access: Record<string, TableAccess | null>): Platform {
        const base = new FakePlatform(
            need.flatMap((r) => r.plugins.map((p) => p.ids[0])),
            ['sn_apo_invoice', 'proc_po'],
            need.flatMap((r) => r.roles.map((role) => role.anyOf[0]))
        )
        return Object.assign(base, { tableAccess: (table: string) => access[table] ?? null })
    }

    it('passes when every target table lets other scopes reach, read, create and update it', () => {
        const lines = checkPlatformPrerequisites(
            platformWith({ sn_apo_invoice: OPEN, proc_po: OPEN }),
            connection('brief', BOTH)
        )
        expect(missingOf(lines)).toEqual([])
        expect(lines.filter((l) => /lets other application scopes/.test(l.check))).toHaveLength(8)
    })

    it.each<[keyof TableAccess, string]>([
        ['allScopes', 'Accessible from'],
        ['canRead', 'Can read'],
        ['canCreate', 'Can create'],
        ['canUpdate', 'Can update'],
    ])('names the setting to change when %s is off', (setting, named) => {
        const lines = checkPlatformPrerequisites(
            platformWith({ sn_apo_invoice: OPEN, proc_po: { ...OPEN, [setting]: false } }),
            connection('brief', BOTH)
        )
        const missing = missingOf(lines)
        expect(missing).toHaveLength(1)
        expect(missing[0].check).toContain('proc_po')
        expect(missing[0].reason).toContain(named)
        expect(missing[0].reason).toContain('System Definition > Tables > proc_po > Application Access')
    })

    it('lists every refused setting of every table at once', () => {
        const closed: TableAccess = { allScopes: false, canRead: false, canCreate: false, canUpdate: false }
        const lines = checkPlatformPrerequisites(
            platformWith({ sn_apo_invoice: closed, proc_po: { ...OPEN, canCreate: false } }),
            connection('brief', BOTH)
        )
        expect(missingOf(lines)).toHaveLength(5)
    })

    it('does not ask platforms that cannot tell (the local stand-in)', () => {
        const platform = new FakePlatform(
            need.flatMap((r) => r.plugins.map((p) => p.ids[0])),
            ['sn_apo_invoice', 'proc_po'],
            need.flatMap((r) => r.roles.map((role) => role.anyOf[0]))
        )
        const lines = checkPlatformPrerequisites(platform, connection('brief', BOTH))
        expect(lines.some((l) => /lets other application scopes/.test(l.check))).toBe(false)
    })
})

describe('checkPlatformPrerequisites: ids and roles as ServiceNow documents them', () => {
    const IMPORT: PartitionConfig[] = [
        { ...presetPartition('supplier_invoice'), entitySetPath: 'A.svc/S', targetTable: 'sn_spend_intg_imp_invoice' },
        { ...presetPartition('purchase_order'), entitySetPath: 'B.svc/P', targetTable: 'sn_fcms_intg_imp_order' },
    ]
    const TABLES = [
        'sn_spend_intg_imp_invoice',
        'sn_spend_intg_imp_invoice_line',
        'sn_fcms_intg_imp_order',
        'sn_fcms_intg_imp_order_line',
    ]
    const DOCUMENTED = ['com.snc.sn_shop', 'com.sn_ap_apm', 'com.sn_spend_intg', 'com.sn_fcms_integrations']
    const ROLES = ['sn_spend_intg.procurement_integrator', 'sn_fcms_intg.integration_user', 'import_transformer']

    it('asks the import preset for the documented plugin ids and integration roles', () => {
        const platform = new FakePlatform(DOCUMENTED, TABLES, ROLES)
        const lines = checkPlatformPrerequisites(platform, connection('s2p_import', IMPORT))
        expect(missingOf(lines)).toEqual([])
        expect(platform.asked.plugins).toEqual(DOCUMENTED)
        expect(platform.asked.plugins).not.toContain('com.snc.procurement')
        expect(lines.map((l) => l.check)).toEqual(
            expect.arrayContaining([
                'Plugin Accounts Payable Invoice Processing (com.sn_ap_apm, also asked as sn_ap_apm) is active',
                'Plugin Source-to-Pay Integration Framework (com.sn_spend_intg, also asked as com.glide.sn_spend_intg) is active',
                'Plugin ERP Integration Framework (com.sn_fcms_integrations) is active',
                'Run-as user sync.user has one of the roles sn_spend_intg.procurement_integrator, sn_spend_intg.admin',
                'Run-as user sync.user has role sn_fcms_intg.integration_user',
                'Run-as user sync.user has role import_transformer',
            ])
        )
        const ap = lines.find((l) => l.check.includes('com.sn_ap_apm'))!
        expect(ap.reason).toBe('active: the instance answered to com.sn_ap_apm')
        const role = lines.find((l) => l.check.includes('one of the roles'))!
        expect(role.reason).toBe('granted: sn_spend_intg.procurement_integrator')
    })

    it('passes on an alternative id form and says which one the instance answered to', () => {
        const answers = ['com.snc.sn_shop', 'sn_ap_apm', 'com.glide.sn_spend_intg', 'com.sn_fcms_integrations']
        const platform = new FakePlatform(answers, TABLES, ROLES)
        const lines = checkPlatformPrerequisites(platform, connection('s2p_import', IMPORT))
        expect(missingOf(lines)).toEqual([])
        expect(lines.find((l) => l.check.includes('com.sn_ap_apm'))!.reason).toBe(
            'active: the instance answered to sn_ap_apm'
        )
        expect(lines.find((l) => l.check.includes('com.sn_spend_intg'))!.reason).toBe(
            'active: the instance answered to com.glide.sn_spend_intg'
        )
        // The documented id is always asked first.
        expect(platform.asked.plugins.indexOf('com.sn_ap_apm')).toBeLessThan(
            platform.asked.plugins.indexOf('sn_ap_apm')
        )
    })

    it('fails a plugin only when no form answers, naming the documented id and every form asked', () => {
        const platform = new FakePlatform(
            ['com.snc.sn_shop', 'com.sn_spend_intg', 'com.sn_fcms_integrations'],
            TABLES,
            ROLES
        )
        const missing = missingOf(checkPlatformPrerequisites(platform, connection('s2p_import', IMPORT)))
        expect(missing).toHaveLength(1)
        expect(missing[0].reason).toBe(
            'activate the plugin com.sn_ap_apm (System Definition > Plugins); the instance answered to none of com.sn_ap_apm, sn_ap_apm'
        )
    })

    it('accepts any one of the documented invoice integration roles and names them all when none is held', () => {
        const withAdmin = new FakePlatform(DOCUMENTED, TABLES, ['sn_spend_intg.admin', ...ROLES.slice(1)])
        expect(missingOf(checkPlatformPrerequisites(withAdmin, connection('s2p_import', IMPORT)))).toEqual([])
        const without = new FakePlatform(DOCUMENTED, TABLES, ROLES.slice(1))
        const missing = missingOf(checkPlatformPrerequisites(without, connection('s2p_import', IMPORT)))
        expect(missing).toEqual([
            {
                check: 'Run-as user sync.user has one of the roles sn_spend_intg.procurement_integrator, sn_spend_intg.admin',
                passed: false,
                reason: 'grant sn_spend_intg.procurement_integrator (or sn_spend_intg.admin) to sync.user, or set a run-as user who has one on the scheduled job',
            },
        ])
    })

    it('asks for the legacy Procurement plugin only for the brief preset’s purchase orders', () => {
        for (const preset of ['s2p_import', 's2p_tables'] as const) {
            const platform = new FakePlatform([], [], [])
            checkPlatformPrerequisites(platform, connection(preset, IMPORT))
            expect(platform.asked.plugins).not.toContain('com.snc.procurement')
        }
        const brief = new FakePlatform([], [], [])
        checkPlatformPrerequisites(brief, connection('brief', BOTH))
        expect(brief.asked.plugins).toContain('com.snc.procurement')
    })
})
