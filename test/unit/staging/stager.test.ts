import { NodeDigest } from '../../../src/local/node-ports/node-digest'
import { FLAG, STAGING_KEY, DIMENSION_MAP } from '../../../src/tables'
import { stagingKeyOf } from '../../../src/server/core/staging/staging-key'
import {
    StagingWorld,
    pageCounts,
    invoiceRow,
    orderRow,
    SUPPLIER_PATH,
    glPath,
    ccPath,
    CONNECTION_ID,
} from './staging-world'

/** A page with one good row and one row per validation reason the mapper and validator can find. */
function mixedInvoicePage() {
    return [
        invoiceRow(1),
        invoiceRow(2, { CodeB: '4711' }), // unknown cost center
        invoiceRow(3, { CodeA: '9999' }), // unknown GL account
        invoiceRow(4, { Identity: 'NOPE' }), // unknown supplier
        invoiceRow(5, { InvoiceDate: null }), // missing field
        invoiceRow(6, { NetCurrAmount: '1,200.00' }), // invalid value
        invoiceRow(7, { CodeA: '4010' }), // GL account expired before the document date
        invoiceRow(8, { Identity: 'S2', InvoiceNo: 'INV-8' }),
        invoiceRow(9, { Currency: 'EURO' }), // does not fit the 3-character currency column
    ]
}

describe('stager: a page of mixed good and bad rows', () => {
    it('stages every good row once, flags every bad one with the right reason, and a re-run stages nothing new', () => {
        const world = new StagingWorld()
        const first = world.runPage('supplier_invoice', mixedInvoicePage())
        expect(first).toEqual(pageCounts({ inserted: 2, flagged: 7 }))

        const targets = world.targets('supplier_invoice')
        expect(targets.map((t) => t.invoice_number).sort()).toEqual(['INV-1', 'INV-8'])
        const inv8 = targets.find((t) => t.invoice_number === 'INV-8')!
        expect(inv8).toMatchObject({
            supplier_number: 'S2',
            supplier_name: 'Globex',
            company: '10',
            invoice_date: '2026-01-10',
            source_created_at: '2026-01-10 08:00:00',
            due_date: '2026-02-10',
            currency: 'EUR',
            net_amount: '100',
            tax_amount: '25',
            gross_amount: '125',
            gl_account: '4000',
            cost_center: '100',
            source_state: 'Posted',
        })
        const key8 = world.keys().find((k) => k.target_sys_id === inv8.sys_id)!
        expect(inv8.external_reference).toBe(key8.key)
        expect(key8.state).toBe('staged')

        const reasons = Object.fromEntries(world.flags('open').map((f) => [f.document_number, f.reason]))
        expect(reasons).toEqual({
            'INV-2': 'unknown_cost_center',
            'INV-3': 'unknown_gl_account',
            'INV-4': 'unknown_supplier',
            'INV-5': 'missing_field',
            'INV-6': 'invalid_value',
            'INV-7': 'unknown_gl_account',
            'INV-9': 'invalid_value',
        })
        const cc = world.flags().find((f) => f.document_number === 'INV-2')!
        expect(cc.message).toBe('Cost center 4711 does not exist in IFS company 10.')
        expect(JSON.parse(cc.payload!)).toEqual(JSON.parse(JSON.stringify(invoiceRow(2, { CodeB: '4711' }))))
        expect(cc).toMatchObject({ company: '10', supplier: 'S1 Acme Ltd', attempts: '1', state: 'open' })
        expect(cc.source_key).toBe('{"Company":"10","InvoiceId":2}')
        expect(world.flags().find((f) => f.document_number === 'INV-7')!.message).toContain(
            'not valid on the document date 2026-01-10'
        )
        expect(world.flags().find((f) => f.document_number === 'INV-6')!.message).toContain('"1,200.00"')
        expect(world.flags().find((f) => f.document_number === 'INV-4')!.message).toBe(
            'Supplier NOPE does not exist in IFS.'
        )
        expect(world.audits('stage_insert')).toHaveLength(2)
        expect(world.audits('flag')).toHaveLength(7)

        const second = world.runPage('supplier_invoice', mixedInvoicePage())
        // The page again, unchanged (lookback window, cursor reset): the open flags already say
        // it all, so nothing is written and no flag gains an attempt.
        expect(second).toEqual(pageCounts({ duplicates: 9 }))
        expect(world.targets('supplier_invoice')).toHaveLength(2)
        expect(world.flags()).toHaveLength(7)
        expect(world.flags().every((f) => f.attempts === '1')).toBe(true)
        expect(world.audits('flag')).toHaveLength(7)
        const dupAudit = world.audits('skip_duplicate')
        expect(dupAudit).toHaveLength(1)
        expect(dupAudit[0].rows).toBe('9')

        // A bad row that changed in IFS (new amount, still bad) updates its flag: a second attempt.
        const changed = mixedInvoicePage().map((r) => ({ ...r, GrossAmount: 777.77 }))
        const third = world.runPage('supplier_invoice', changed)
        expect(third.flagged).toBe(7)
        expect(world.flags()).toHaveLength(7)
        expect(world.flags().every((f) => f.attempts === '2')).toBe(true)
    })

    it('uses one staging-key query, one flag query and no target query per page when nothing is pending or changed', () => {
        const world = new StagingWorld()
        world.runPage('supplier_invoice', mixedInvoicePage())
        world.store.queries.length = 0
        world.runPage('supplier_invoice', mixedInvoicePage())
        const byTable = (t: string) => world.store.queries.filter((q) => q.table === t).length
        expect(byTable(STAGING_KEY.name)).toBe(1)
        expect(byTable(FLAG.name)).toBe(1)
        expect(byTable('sn_apo_invoice')).toBe(0)
        // Every row is settled before enrichment (staged unchanged, or its open flag holds it as
        // read): no dimension mapping is consulted at all.
        expect(byTable(DIMENSION_MAP.name)).toBe(0)
    })

    it('keeps two invoices with the same number from different suppliers apart', () => {
        const world = new StagingWorld()
        const out = world.runPage('supplier_invoice', [
            invoiceRow(1, { InvoiceNo: 'A-1', Identity: 'S1' }),
            invoiceRow(2, { InvoiceNo: 'A-1', Identity: 'S2' }),
        ])
        expect(out.inserted).toBe(2)
        expect(new Set(world.keys().map((k) => k.key)).size).toBe(2)
    })

    it('treats the same document twice in one page as one staging', () => {
        const world = new StagingWorld()
        const out = world.runPage('purchase_order', [orderRow('PO-1'), orderRow('PO-1')])
        expect(out).toMatchObject({ inserted: 1, duplicates: 1 })
        expect(world.targets('purchase_order')).toHaveLength(1)
    })
})

describe('stager: master data', () => {
    it('reads code parts once per company per run and suppliers in one batched request per page', () => {
        const world = new StagingWorld()
        const page = world.pagesOfOneRun('supplier_invoice')
        page([invoiceRow(1), invoiceRow(2, { Identity: 'S2' }), invoiceRow(3, { Identity: 'X9' }), invoiceRow(4)])
        expect(world.ifs.callsTo(glPath('10'))).toHaveLength(1)
        expect(world.ifs.callsTo(ccPath('10'))).toHaveLength(1)
        const supplierCalls = world.ifs.callsTo(SUPPLIER_PATH)
        expect(supplierCalls).toHaveLength(1)
        expect(supplierCalls[0].query.filter).toEqual({
            op: 'in',
            field: 'SupplierId',
            values: [
                { kind: 'string', value: 'S1' },
                { kind: 'string', value: 'S2' },
                { kind: 'string', value: 'X9' },
            ],
        })
        // Second page: known suppliers (and the known-missing X9) cost nothing; a new one costs one request.
        page([invoiceRow(5), invoiceRow(6, { Identity: 'X9' }), invoiceRow(7, { Identity: 'S3' })])
        expect(world.ifs.callsTo(SUPPLIER_PATH)).toHaveLength(2)
        expect(world.ifs.callsTo(SUPPLIER_PATH)[1].query.filter).toEqual({
            op: 'in',
            field: 'SupplierId',
            values: [{ kind: 'string', value: 'S3' }],
        })
        expect(world.ifs.callsTo(glPath('10'))).toHaveLength(1)
    })

    it('reads the whole supplier set once when a page needs more ids than one request holds', () => {
        const world = new StagingWorld()
        const page = world.pagesOfOneRun('supplier_invoice')
        const ids = ['S1', 'S2', ...Array.from({ length: 249 }, (_, i) => `V${i}`)]
        const out = page(ids.map((id, i) => invoiceRow(i + 1, { Identity: id })))
        const calls = world.ifs.callsTo(SUPPLIER_PATH)
        expect(calls).toHaveLength(1)
        expect(calls[0].query.filter).toBeUndefined()
        expect(out).toMatchObject({ inserted: 2, flagged: 249 })
        // Every id is now known or known-missing: a later page with new ids asks IFS nothing.
        page([invoiceRow(300, { Identity: 'V999' }), invoiceRow(301, { Identity: 'S2' })])
        expect(world.ifs.callsTo(SUPPLIER_PATH)).toHaveLength(1)
        expect(world.flags('open').find((f) => f.document_number === 'INV-300')).toMatchObject({
            reason: 'unknown_supplier',
        })
    })

    it('reads code parts per company, with the company quoted as an OData literal body in the path', () => {
        const world = new StagingWorld()
        world.ifs.set(glPath("O'Neil"), [{ CodeValue: '4000', ValidFrom: null, ValidUntil: null }])
        world.ifs.set(ccPath("O'Neil"), [{ CodeValue: '100', ValidFrom: null, ValidUntil: null }])
        const out = world.runPage('supplier_invoice', [invoiceRow(1), invoiceRow(2, { Company: "O'Neil" })])
        expect(out.inserted).toBe(2)
        expect(world.ifs.calls.map((c) => c.path)).toContain(
            "CodePartValuesHandling.svc/CompanyFinanceSet(Company='O''Neil')/CodeAArray"
        )
    })

    it('checks validity on the document date: a cost center valid from February flags a January invoice', () => {
        const world = new StagingWorld()
        world.runPage('supplier_invoice', [
            invoiceRow(1, { CodeB: '200' }),
            invoiceRow(2, { CodeB: '200', InvoiceDate: '2026-02-01' }),
        ])
        expect(world.targets('supplier_invoice').map((t) => t.invoice_number)).toEqual(['INV-2'])
        expect(world.flags()[0]).toMatchObject({ document_number: 'INV-1', reason: 'unknown_cost_center' })
    })
})

describe('stager: dimension mapping', () => {
    it('auto-fills a mapping for each code part seen, once, and an admin row overrides it', () => {
        const world = new StagingWorld()
        world.runPage('purchase_order', [orderRow('PO-1'), orderRow('PO-2')])
        const maps = world.store.all(DIMENSION_MAP.name)
        expect(maps.map((m) => [m.dimension, m.ifs_value, m.sn_value, m.source]).sort()).toEqual([
            ['cost_center', '100', '100', 'auto'],
            ['gl_account', '4000', '4000', 'auto'],
        ])
        expect(maps.find((m) => m.dimension === 'gl_account')!.description).toBe('Goods')

        world.store.seed(DIMENSION_MAP.name, {
            connection: CONNECTION_ID,
            company: '10',
            dimension: 'cost_center',
            ifs_value: '100',
            sn_value: 'CC-SALES',
            source: 'admin',
        })
        // PO-1 changed in IFS (a new stamp): re-staged with the admin's mapping. A row read again
        // unchanged would be a duplicate before enrichment and keep the mapping it was staged with.
        const out = world.runPage('purchase_order', [
            orderRow('PO-1', { Objversion: '20260111090000' }),
            orderRow('PO-3'),
        ])
        expect(out).toMatchObject({ inserted: 1, updated: 1 })
        expect(world.targets('purchase_order').map((t) => t.cost_center)).toEqual(['CC-SALES', '100', 'CC-SALES'])
        expect(world.store.all(DIMENSION_MAP.name)).toHaveLength(3)
    })

    it('flags unmapped_dimension when a code part has no mapping and auto-fill is off', () => {
        const world = new StagingWorld()
        world.store.seed(DIMENSION_MAP.name, {
            connection: CONNECTION_ID,
            company: '10',
            dimension: 'gl_account',
            ifs_value: '4000',
            sn_value: '4000-SN',
            source: 'admin',
        })
        const out = world.runPage('purchase_order', [orderRow('PO-1')], { autoFillDimensions: false })
        expect(out.flagged).toBe(1)
        const flag = world.flags()[0]
        expect(flag.reason).toBe('unmapped_dimension')
        expect(flag.message).toBe(
            'Cost center 100 of IFS company 10 has no ServiceNow value: add one under Dimension mappings.'
        )
        expect(world.store.all(DIMENSION_MAP.name)).toHaveLength(1)
    })
})

describe('stager: configuration', () => {
    it('dry run reads and validates but writes no key, target, flag or mapping; it audits what it would do', () => {
        const world = new StagingWorld('brief', true)
        const out = world.runPage('supplier_invoice', mixedInvoicePage())
        expect(out).toMatchObject({ inserted: 2, flagged: 7 })
        expect(world.keys()).toHaveLength(0)
        expect(world.targets('supplier_invoice')).toHaveLength(0)
        expect(world.flags()).toHaveLength(0)
        expect(world.store.all(DIMENSION_MAP.name)).toHaveLength(0)
        expect(world.audits('stage_insert').map((a) => a.message)).toEqual([
            'Dry run: Invoice INV-1 would be inserted',
            'Dry run: Invoice INV-8 would be inserted',
        ])
        expect(world.audits('flag')).toHaveLength(7)
    })

    it('counts every row as an error when the target table does not exist, and writes nothing', () => {
        const world = new StagingWorld()
        world.tables['sn_apo_invoice'] = null
        const out = world.runPage('supplier_invoice', [invoiceRow(1), invoiceRow(2)])
        expect(out).toMatchObject({ inserted: 0, flagged: 0, errors: 2 })
        expect(world.keys()).toHaveLength(0)
        expect(world.audits('error')[0].message).toContain('Target table sn_apo_invoice does not exist')
    })

    it('stages into the Source-to-Pay import table with its documented columns and never edits a transformed row', () => {
        const world = new StagingWorld('s2p_import')
        expect(world.runPage('supplier_invoice', [invoiceRow(1)]).inserted).toBe(1)
        const row = world.store.all('sn_spend_intg_imp_invoice')[0]
        // s2p-targets §1a: the documented u_* names, the connection's external invoice source.
        expect(row).toMatchObject({
            u_external_invoice_number: 'INV-1',
            u_external_invoice_source: 'IFS Cloud',
            u_supplier: 'S1',
            u_invoice_date: '2026-01-10',
            u_other_charges: '0',
            u_invoice_type: 'invoice',
        })
        expect(row.u_third_party_import_id).toBe(world.keys()[0].key)
        // Not yet transformed (pending): a change rewrites the row in place.
        expect(world.runPage('supplier_invoice', [invoiceRow(1, { GrossCurrAmount: 2 })]).updated).toBe(1)
        expect(world.store.all('sn_spend_intg_imp_invoice')).toHaveLength(1)
        // Transformed: the platform will not run the row again, so the change goes in as a second
        // import row (coalesced onto the same invoice by the transform map); the first is left as it is.
        world.store.update('sn_spend_intg_imp_invoice', row.sys_id, { sys_import_state: 'inserted' })
        expect(world.runPage('supplier_invoice', [invoiceRow(1, { GrossCurrAmount: 1 })])).toMatchObject({
            updated: 1,
            flagged: 0,
        })
        const rows = world.store.all('sn_spend_intg_imp_invoice')
        expect(rows).toHaveLength(2)
        expect(rows.find((r) => r.sys_id === row.sys_id)).toMatchObject({ u_amount_invoiced: '2' })
        const second = rows.find((r) => r.sys_id !== row.sys_id)!
        expect(second).toMatchObject({ u_amount_invoiced: '1', u_third_party_import_id: row.u_third_party_import_id })
        expect(world.keys()[0]).toMatchObject({ target_sys_id: second.sys_id, transform_state: 'pending' })
    })

    it('stages purchase orders into sn_shop_purchase_order with supplier and legal entity resolved (s2p_tables)', () => {
        const world = new StagingWorld('s2p_tables')
        const entity = world.store.insert('sn_fin_legal_entity', { erp_company_code: '10' })
        const supplier = world.store.insert('sn_fin_supplier', {
            erp_supplier_code: 'S1',
            legal_entity: entity,
            name: 'Acme Ltd',
        })
        expect(world.runPage('purchase_order', [orderRow('PO-1')]).inserted).toBe(1)
        expect(world.store.all('sn_shop_purchase_order')[0]).toMatchObject({
            number: 'PO-1',
            total_amount: '1250',
            supplier,
            legal_entity: entity,
        })
    })

    it('flags a purchase order whose supplier ServiceNow does not know, naming it (s2p_tables)', () => {
        const world = new StagingWorld('s2p_tables')
        world.store.insert('sn_fin_legal_entity', { erp_company_code: '10' })
        expect(world.runPage('purchase_order', [orderRow('PO-1')]).flagged).toBe(1)
        expect(world.flags()[0]).toMatchObject({ reason: 'unknown_supplier' })
        expect(world.flags()[0].message).toBe(
            'Supplier S1 is not known in ServiceNow for legal entity 10; add the supplier for that legal entity in ServiceNow (sn_fin_supplier) or correct it in IFS.'
        )
    })

    it('flags target_rejected when the target table lacks a mapped column', () => {
        const world = new StagingWorld()
        world.tables['proc_po'] = world.tables['proc_po']!.filter((c) => c.name !== 'cost_center')
        world.runPage('purchase_order', [orderRow('PO-1')])
        expect(world.flags()[0]).toMatchObject({ reason: 'target_rejected' })
        expect(world.flags()[0].message).toBe(
            'Table proc_po has no column cost_center for the cost center; check the target field mappings.'
        )
    })

    it('scrubs registered secrets from the stored payload', () => {
        const world = new StagingWorld()
        world.redactor.register('s3cr3t-token-value')
        world.runPage('purchase_order', [orderRow('PO-1', { CodeA: 'BAD', Note: 'Bearer s3cr3t-token-value' })])
        expect(world.flags()[0].payload).not.toContain('s3cr3t')
    })

    it('uses the staging key computed from connection, type, company, number, UTC creation date', () => {
        const world = new StagingWorld()
        world.runPage('purchase_order', [orderRow('PO-1')])
        expect(world.keys()[0]).toMatchObject({
            key: stagingKeyOf(
                {
                    connectionSysId: CONNECTION_ID,
                    objectType: 'purchase_order',
                    company: '10',
                    documentNumber: 'PO-1',
                    createdAt: '2026-01-10T08:00:00Z',
                    supplierNumber: null,
                },
                new NodeDigest()
            ),
            company: '10',
            document_number: 'PO-1',
            creation_date: '2026-01-10',
            target_table: 'proc_po',
            state: 'staged',
        })
    })
})
