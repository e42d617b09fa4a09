import { FIELD_LABELS } from '../domain/canonical-document'
import type { LookupSource, MappedField } from '../document-types/field-map'
import type { Problem } from './problem'
import { named, shown } from './problem'

/** What an AP user calls the record a canonical field refers to (company codes name legal entities). */
const REFERENCE_NOUNS: Partial<Readonly<Record<MappedField, string>>> = {
    supplierNumber: 'supplier',
    supplierName: 'supplier',
    company: 'legal entity',
    poReference: 'purchase order',
}

export function referenceNoun(field: MappedField): string {
    return REFERENCE_NOUNS[field] ?? FIELD_LABELS[field]
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** The scope of a failed scoped look-up as a message names it: its noun and its IFS value. */
export interface ScopeShown {
    noun: string
    value: string | number
}

/**
 * Why a reference was not resolved, in words an AP user acts on.
 *
 * A purchase order ServiceNow does not hold yet flags the invoice (reason unknown_reference)
 * rather than staging it with an empty purchase_order: to Accounts Payable an invoice without its
 * PO is a non-PO invoice, matched and approved without the order, and nothing would put the PO on
 * it later (a staged record is only rewritten when IFS changes it). The PO usually arrives through
 * this connection a page or a run later; the flag's stored row passes validation, so every run
 * re-reads it and stages the invoice once the PO is there. An invoice without a PO reference has
 * nothing to look up and stages as before.
 */
export function unresolvedReference(source: LookupSource, value: string | number, scope: ScopeShown | null): Problem {
    const noun = referenceNoun(source.field)
    const reason = noun === 'supplier' ? 'unknown_supplier' : 'unknown_reference'
    if (source.field === 'poReference')
        return {
            reason,
            message: `Purchase order ${named(value)} is not in ServiceNow yet; the invoice is staged once it is (or correct the PO reference in IFS).`,
        }
    if (scope)
        return {
            reason,
            message: `${capitalised(noun)} ${named(value)} is not known in ServiceNow for ${scope.noun} ${named(scope.value)}; add the ${noun} for that ${scope.noun} in ServiceNow (${source.table}) or correct it in IFS.`,
        }
    return {
        reason,
        message: `${capitalised(noun)} ${named(value)} is not known in ServiceNow (no ${source.table} record with ${source.match} ${shown(value)}); add it there or correct it in IFS.`,
    }
}
