import type { ConnectionConfig } from '../../../src/server/core/config/connection-config'

/** A parsed connection with short, made-up paths: both document types, suppliers and per-company code parts. */
export function connectionFor(companies: string[]): ConnectionConfig {
    return {
        tenantUrl: 'https://acme.ifs.cloud',
        companies,
        partitions: [
            { objectType: 'supplier_invoice', entitySetPath: 'Inv.svc/InvoiceSet', targetTable: 'x' },
            { objectType: 'purchase_order', entitySetPath: 'Po.svc/OrderSet', targetTable: 'y' },
        ],
        masterData: {
            supplierEntitySet: 'Sup.svc/SupplierSet',
            glAccountEntitySet: "Fin.svc/CompanySet(Company='{company}')/CodeAArray",
            costCenterEntitySet: "Fin.svc/CompanySet(Company='{company}')/CodeBArray",
        },
    } as unknown as ConnectionConfig
}
