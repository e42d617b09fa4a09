import type { FlagReason } from '../../../tables/flag'

/** The defects the generator puts into bad rows: one per bad row, so its reason is unambiguous. */
export type DefectReason = Extract<
    FlagReason,
    'unknown_gl_account' | 'unknown_cost_center' | 'unknown_supplier' | 'missing_field' | 'invalid_value'
>

export const DEFECT_REASONS: readonly DefectReason[] = [
    'unknown_gl_account',
    'unknown_cost_center',
    'unknown_supplier',
    'missing_field',
    'invalid_value',
]
