import { CONNECTION } from '../../../tables/connection'
import { checkTenantUrl } from '../config/tenant-url'

const COLS = CONNECTION.columns

/**
 * The limits the connection form enforces, read from the table schema. The form's client script
 * cannot import modules, so it repeats these numbers; a contract test keeps the two in step.
 */
export const FORM_LIMITS = {
    page_size: { min: COLS.page_size.min, max: COLS.page_size.max },
    request_ceiling: { min: COLS.request_ceiling.min, max: COLS.request_ceiling.max },
} as const

export type LimitedField = keyof typeof FORM_LIMITS

/** What the form holds for the checked fields: raw text, as the client and getValue see it. */
export interface ConnectionFormValues {
    page_size: string | null
    request_ceiling: string | null
    tenant_url: string | null
    allowed_host_suffix: string | null
}

export interface FormProblem {
    field: LimitedField | 'tenant_url'
    message: string
}

function checkWholeNumber(field: LimitedField, raw: string | null): FormProblem | null {
    const { min, max } = FORM_LIMITS[field]
    const label = COLS[field].options.label
    const text = (raw ?? '').trim().replace(/,/g, '')
    const value = Number(text)
    if (text === '' || !/^-?[0-9]+$/.test(text) || value < min || value > max) {
        return { field, message: `${label} must be a whole number from ${min} to ${max} (is "${raw ?? ''}").` }
    }
    return null
}

/**
 * The one set of save rules for a connection: page size and requests per minute within IFS's
 * ceilings, and an https tenant URL under the allowed host suffix. The business rule refuses a
 * save on any problem; the client script shows the same problems before the save.
 */
export function validateConnectionForm(values: ConnectionFormValues): FormProblem[] {
    const problems: FormProblem[] = []
    for (const field of ['page_size', 'request_ceiling'] as const) {
        const problem = checkWholeNumber(field, values[field])
        if (problem) problems.push(problem)
    }
    const url = (values.tenant_url ?? '').trim()
    const suffix = (values.allowed_host_suffix ?? '').trim() || String(COLS.allowed_host_suffix.options.default)
    if (url === '') {
        problems.push({ field: 'tenant_url', message: 'Tenant URL is required, e.g. https://<tenant>.ifs.cloud.' })
    } else {
        const check = checkTenantUrl(url, suffix)
        if (!check.ok) problems.push({ field: 'tenant_url', message: `Tenant URL ${check.reason}.` })
    }
    return problems
}
