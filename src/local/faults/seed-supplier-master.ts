import Database from 'better-sqlite3'
import type { ModelSupplier } from '../s2p-model/seed-suppliers'
import { LOCAL_ERP_SOURCE_NAME, seededSysId } from '../s2p-model/target-tables'

/**
 * Before a harness's first sync: the database gets the modelled ServiceNow supplier master the
 * emulator describes (GET /__control/servicenow-suppliers, some suppliers left out on purpose), as
 * `npm start` seeds it, so the modelled import transform refuses exactly the documents the
 * emulator's manifest marks `importTransform: 'rejected'`; the judge is told so
 * (InvariantOptions.supplierMasterSeeded). Plain SQL on the file, apart from the engine and its
 * store (the harness must not share their code): the two tables with the columns written here,
 * which the stand-in completes when it opens the file. The fixed sys_ids are the model's
 * (seededSysId), so the runner seeds nothing twice. Returns the records added.
 */
export function seedSupplierMaster(database: string, suppliers: readonly ModelSupplier[]): number {
    const db = new Database(database)
    try {
        db.exec(
            'CREATE TABLE IF NOT EXISTS "sn_fin_legal_entity" ("sys_id" TEXT PRIMARY KEY NOT NULL, "erp_company_code" TEXT, "erp_source" TEXT, "legal_name" TEXT)'
        )
        db.exec(
            'CREATE TABLE IF NOT EXISTS "sn_fin_supplier" ("sys_id" TEXT PRIMARY KEY NOT NULL, "name" TEXT, "erp_supplier_code" TEXT, "erp_company_code" TEXT, "erp_source" TEXT)'
        )
        const erpSource = seededSysId('sn_fin_erp_source', LOCAL_ERP_SOURCE_NAME)
        const entity = db.prepare(
            'INSERT OR IGNORE INTO "sn_fin_legal_entity" (sys_id, erp_company_code, erp_source, legal_name) VALUES (?, ?, ?, ?)'
        )
        const supplier = db.prepare(
            'INSERT OR IGNORE INTO "sn_fin_supplier" (sys_id, name, erp_supplier_code, erp_company_code, erp_source) VALUES (?, ?, ?, ?, ?)'
        )
        let added = 0
        db.transaction(() => {
            for (const code of new Set(suppliers.map((s) => s.legalEntity)))
                added += entity.run(
                    seededSysId('sn_fin_legal_entity', code),
                    code,
                    erpSource,
                    `Company ${code}`
                ).changes
            for (const s of suppliers)
                added += supplier.run(
                    seededSysId('sn_fin_supplier', `${s.supplierCode}|${s.legalEntity}`),
                    s.name,
                    s.supplierCode,
                    s.legalEntity,
                    erpSource
                ).changes
        })()
        return added
    } finally {
        db.close()
    }
}
