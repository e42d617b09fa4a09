/**
 * The IFS document kinds the connector moves, each one sync partition per connection. Derived from
 * the document-type registry (src/server/core/document-types), re-exported where the core looks
 * for them; the tables import their choices from object-type-choices.ts (Fluent follows that import).
 */
export { OBJECT_TYPES, isObjectType } from '../server/core/document-types/object-type'
export type { ObjectType } from '../server/core/document-types/object-type'
export { OBJECT_TYPE_CHOICES } from './object-type-choices'
