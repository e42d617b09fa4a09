/**
 * Platform numbering (sys_number): a table's `number` column gets this dictionary default, and the
 * instance fills it from the table's sys_number record (prefix + counter padded to its digits) on
 * insert, atomically per table, so overlapping runs never share a number. Fluent declares the
 * sys_number record from `numbering` (Table autoNumber); the local stores emulate it.
 */
export const PLATFORM_NUMBER_DEFAULT = 'javascript:getNextObjNumberPadded();'

export interface Numbering {
    prefix: string
    /** The first number handed out. */
    start: number
    /** Digits the counter is zero-padded to. */
    digits: number
}

/** The number the instance hands out as the `count`-th (0-based) record of a numbered table. */
export function formatNumber(numbering: Numbering, counter: number): string {
    return numbering.prefix + String(counter).padStart(numbering.digits, '0')
}

/** In-memory counters for stores that live in one process (test and benchmark stores). */
export class NumberCounters {
    private readonly next = new Map<string, number>()

    take(table: string, numbering: Numbering): string {
        const value = this.next.get(table) ?? numbering.start
        this.next.set(table, value + 1)
        return formatNumber(numbering, value)
    }
}
