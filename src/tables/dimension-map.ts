import type { TableSpec } from './column-spec'
import { SETTING_CONNECTION_COLUMN } from './shared-columns'

const DIMENSION_CHOICES = {
    gl_account: { label: 'GL account' },
    cost_center: { label: 'Cost center' },
}
export type Dimension = keyof typeof DIMENSION_CHOICES

/** IFS code part value per company → the value ServiceNow uses. Auto-filled, admin-overridable. */
export const DIMENSION_MAP = {
    name: 'x_mlc_ifs_s2p_dimension_map',
    label: 'Dimension mapping',
    columns: {
        connection: SETTING_CONNECTION_COLUMN,
        company: { type: 'string', options: { label: 'Company', maxLength: 40, mandatory: true } },
        dimension: { type: 'choice', options: { label: 'Dimension', choices: DIMENSION_CHOICES, mandatory: true } },
        ifs_value: { type: 'string', options: { label: 'IFS value', maxLength: 100, mandatory: true } },
        description: { type: 'string', options: { label: 'Description', maxLength: 255 } },
        sn_value: { type: 'string', options: { label: 'ServiceNow value', maxLength: 100, mandatory: true } },
        source: {
            type: 'choice',
            options: {
                label: 'Source',
                choices: { auto: { label: 'From IFS' }, admin: { label: 'Set by admin' } },
                default: 'auto',
            },
        },
        valid_from: { type: 'date', options: { label: 'Valid from' } },
        valid_until: { type: 'date', options: { label: 'Valid until' } },
    },
} as const satisfies TableSpec
