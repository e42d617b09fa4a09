/** One IFS row as served: JSON scalars. Amounts are numbers except in deliberately bad rows. */
export type RowValue = string | number | boolean | null
export type EmulatorRow = Record<string, RowValue>
