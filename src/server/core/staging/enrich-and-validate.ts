import type { Dimension } from '../../../tables/dimension-map'
import type { CanonicalDocument, FinancialDocument } from '../domain/canonical-document'
import { isReceipt } from '../domain/canonical-document'
import type { CanonicalLine, CanonicalPosting } from '../domain/canonical-line'
import { documentTypeOf } from '../document-types/object-type'
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
    doc: FinancialDocument
    cache: MasterDataCache
    mappings: DimensionMappings
    problems: Problem[]
}

/**
 * One code of the document, a line or a posting row, on the document's date. `where` names a
 * line or posting ("Line 3/1: ", "Line 2, posting 5: "); the code's own words follow.
 */
function checkCodePart(check: DocumentCheck, dimension: Dimension, value: string, where = ''): string | null {
    const { doc, cache, mappings } = check
    const problems = { push: (p: Problem) => check.problems.push({ ...p, message: where + p.message }) }
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
 * Suppliers must have been loaded for the page (MasterDataCache.loadSuppliers) beforehand. A
 * receipt has no supplier or coding of its own (they are its PO's): nothing to add or check.
 */
export function enrichAndValidate(
    doc: CanonicalDocument,
    cache: MasterDataCache,
    mappings: DimensionMappings
): { doc: CanonicalDocument; problems: Problem[] } {
    if (isReceipt(doc)) return { doc, problems: [] }
    return enrichFinancial(doc, cache, mappings)
}

function enrichFinancial(
    doc: FinancialDocument,
    cache: MasterDataCache,
    mappings: DimensionMappings
): { doc: FinancialDocument; problems: Problem[] } {
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
    const lines = doc.lines.map((line) => checkLine(check, line))
    return {
        doc: { ...doc, supplierName: supplier ? supplier.name : null, glAccountMapped, costCenterMapped, lines },
        problems,
    }
}

/**
 * A line's coding, per posting, exactly like the header's: the same code parts of the company
 * (read once per company by the cache), the same date, the same mappings. Problems name the
 * line, and the posting row where posting rows code the line.
 */
function checkLine(check: DocumentCheck, line: CanonicalLine): CanonicalLine {
    // Lines of a type without posting rows are coded on themselves (one posting, "1").
    const type = documentTypeOf(check.doc.objectType)
    const ownCoding = !('lines' in type && type.lines.postings)
    const postings = line.postings.map((p): CanonicalPosting => {
        const where = ownCoding ? `Line ${line.lineNumber}: ` : `Line ${line.lineNumber}, posting ${p.postingNumber}: `
        const glAccountMapped = checkCodePart(check, 'gl_account', p.glAccount, where)
        const costCenterMapped = checkCodePart(check, 'cost_center', p.costCenter, where)
        return { ...p, glAccountMapped, costCenterMapped }
    })
    return { ...line, postings }
}
