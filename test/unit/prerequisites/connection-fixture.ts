import type { ConnectionConfig } from '../../../src/server/core/config/connection-config'
import { presetMasterData, presetPartition } from '../../fakes/preset-partition'

/** A parsed connection with short, made-up paths: both document types, suppliers and per-company code parts. */
export function connectionFor(companies: string[]): ConnectionConfig {
    return {
        tenantUrl: 'https://acme.ifs.cloud',
        companies,
        partitions: [
            { ...presetPartition('supplier_invoice'), entitySetPath: 'Inv.svc/InvoiceSet', targetTable: 'x' },
            { ...presetPartition('purchase_order'), entitySetPath: 'Po.svc/OrderSet', targetTable: 'y' },
        ],
        masterData: presetMasterData({
            supplier: 'Sup.svc/SupplierSet',
            glAccount: "Fin.svc/CompanySet(Company='{company}')/CodeAArray",
            costCenter: "Fin.svc/CompanySet(Company='{company}')/CodeBArray",
        }),
    } as unknown as ConnectionConfig
}
