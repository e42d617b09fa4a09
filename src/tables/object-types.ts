/**
 * The IFS document kinds the connector moves, each one sync partition per connection. Derived from
 * the document-type registry (src/server/core/document-types), re-exported where the tables and
 * Fluent look for them.
 */
export { OBJECT_TYPE_CHOICES, OBJECT_TYPES, isObjectType } from '../server/core/document-types/object-type'
export type { ObjectType } from '../server/core/document-types/object-type'
