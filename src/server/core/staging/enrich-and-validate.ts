import type { Dimension } from '../../../tables/dimension-map'
import type { CanonicalDocument } from '../domain/canonical-document'
import type { DimensionMappings } from './dimension-mappings'
import type { MasterDataCache } from './master-data-cache'
import { isValidOn } from './master-data-cache'
import type { Problem } from './problem'
import { named } from './problem'

const NAMES: Readonly<Record<Dimension, { label: string; unknown: Problem['reason'] }>> = {
    gl_account: { label: 'GL account', unknown: 'unknown_gl_account' },
    cost_center: { label: 'Cost center', unknown: 'unknown_cost_center' },
}

/** One document's check: what it reads and the problems found so far. */
interface DocumentCheck {
    doc: CanonicalDocument
    cache: MasterDataCache
    mappings: DimensionMappings
    problems: Problem[]
}

function checkCodePart(check: DocumentCheck, dimension: Dimension, value: string): string | null {
    const { doc, cache, mappings, problems } = check
    const { label, unknown } = NAMES[dimension]
    const code = named(value)
    const company = named(doc.company)
    const part = cache.codePartsOf(doc.company, dimension).get(value)
    if (!part) {
        problems.push({
            reason: unknown,
            message: `${label} ${code} does not exist in IFS company ${company}.`,
        })
        return null
    }
    if (!isValidOn(part, doc.documentDate)) {
        const window = `${part.validFrom ?? 'open'} to ${part.validUntil ?? 'open'}`
        problems.push({
            reason: unknown,
            message: `${label} ${code} of IFS company ${company} is not valid on the document date ${doc.documentDate} (valid ${window}).`,
        })
        return null
    }
    const mapped = mappings.resolve(doc.company, dimension, part, doc.documentDate)
    if (mapped === null)
        problems.push({
            reason: 'unmapped_dimension',
            message: `${label} ${code} of IFS company ${company} has no ServiceNow value: add one under Dimension mappings.`,
        })
    return mapped
}

/**
 * Adds master data to a mapped document and checks it: the supplier exists, GL account and cost
 * center exist in the company and are valid on the document date, and both map to ServiceNow.
 * Suppliers must have been loaded for the page (MasterDataCache.loadSuppliers) beforehand.
 */
export function enrichAndValidate(
    doc: CanonicalDocument,
    cache: MasterDataCache,
    mappings: DimensionMappings
): { doc: CanonicalDocument; problems: Problem[] } {
    const problems: Problem[] = []
    const supplier = cache.supplier(doc.supplierNumber)
    if (!supplier)
        problems.push({
            reason: 'unknown_supplier',
            message: `Supplier ${named(doc.supplierNumber)} does not exist in IFS.`,
        })
    const check = { doc, cache, mappings, problems }
    const glAccountMapped = checkCodePart(check, 'gl_account', doc.glAccount)
    const costCenterMapped = checkCodePart(check, 'cost_center', doc.costCenter)
    return {
        doc: { ...doc, supplierName: supplier ? supplier.name : null, glAccountMapped, costCenterMapped },
        problems,
    }
}
