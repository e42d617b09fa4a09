import type { DocumentSource, SourceFields } from '../../src/server/core/document-types/source-field'

/** An invoice's or order's source fields; a test that reads them from a receipt's source is wrong, and fails here. */
export function financialFields(source: DocumentSource): SourceFields {
    if (!('company' in source.fields)) throw new Error('Not a financial document source')
    return source.fields
}
