/**
 * GlideRecord reads the text NULL given to setValue as "clear this field" (a reserved word), so an
 * IFS value that is literally that text would silently blank the field it is written to. Whether
 * the platform also matches other letter cases or surrounding blanks is not documented, so every
 * such form counts as reserved here.
 */
export function isReservedNull(value: unknown): boolean {
    return typeof value === 'string' && value.trim().toUpperCase() === 'NULL'
}
