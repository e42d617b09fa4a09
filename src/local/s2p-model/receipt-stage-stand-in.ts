import { RECEIPT_STAGE } from '../../server/core/match/match-tables'
import type { ModelTable } from './model-table'
import { text } from './model-table'

/**
 * The ERP Integration Framework's receipt stage, only as far as match readiness reads it (the
 * columns of core/match RECEIPT_STAGE), for a stand-in whose model does not have the receipt
 * document type's own table yet: tests seed receipts into it. s2p-model.ts adds it only when no
 * other model of the table exists, so the receipt type's full model replaces it without an edit.
 */
export const RECEIPT_STAGE_STAND_IN: ModelTable = {
    name: RECEIPT_STAGE.table,
    label: 'Receipt stage (match readiness stand-in)',
    source: 'issue 18: the receipt document type stages PO number, PO line, receipt number, quantity received',
    columns: [
        text('u_erp_source'),
        text(RECEIPT_STAGE.poNumber),
        text(RECEIPT_STAGE.poLineNumber, { maxLength: 40 }),
        text(RECEIPT_STAGE.receiptNumber ?? 'u_erp_receipt_number'),
        text(RECEIPT_STAGE.quantity),
        text(RECEIPT_STAGE.reference ?? 'u_ml_connector_key', { maxLength: 100 }),
        text('sys_import_state', { maxLength: 40 }),
    ],
    indexes: [[RECEIPT_STAGE.poNumber]],
}
