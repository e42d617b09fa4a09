import { Property, Record } from '@servicenow/sdk/core'
import { adminRole } from './roles.now'

// Defaults for new connections and the log level. A connection's own fields win over these.

export const pageSizeProperty = Property({
    $id: Now.ID['property_default_page_size'],
    name: 'x_mlc_ifs_s2p.default_page_size',
    type: 'integer',
    value: 5000,
    description: 'Rows per IFS OData page for new connections (1-5000; IFS caps pages at 5000).',
    roles: { read: [adminRole], write: [adminRole] },
})
export const requestCeilingProperty = Property({
    $id: Now.ID['property_default_request_ceiling'],
    name: 'x_mlc_ifs_s2p.default_request_ceiling',
    type: 'integer',
    value: 1000,
    description: 'IFS requests per rolling minute for new connections (1-1000; IFS allows 1000).',
    roles: { read: [adminRole], write: [adminRole] },
})
export const timeBudgetProperty = Property({
    $id: Now.ID['property_default_time_budget'],
    name: 'x_mlc_ifs_s2p.default_time_budget_seconds',
    type: 'integer',
    value: 240,
    description: 'Seconds one run may work before it checkpoints and queues a continuation.',
    roles: { read: [adminRole], write: [adminRole] },
})
// The platform's convention for a scoped app's log verbosity (<scope>.logging.verbosity).
export const loggingVerbosityProperty = Property({
    $id: Now.ID['property_logging_verbosity'],
    name: 'x_mlc_ifs_s2p.logging.verbosity',
    type: 'choicelist',
    choices: ['off', 'error', 'warn', 'info', 'debug'],
    value: 'info',
    description: 'Lowest level ml-connector writes to the system log (off: errors only).',
    ignoreCache: true,
    roles: { read: [adminRole], write: [adminRole] },
})

// The properties page: ml-connector > Properties opens system_properties_ui.do for this category.
export const PROPERTIES_CATEGORY = 'ml-connector'

export const propertiesCategory = Record({
    $id: Now.ID['properties_category'],
    table: 'sys_properties_category',
    data: { name: 'ml-connector', title: 'ml-connector Properties' },
})

Record({
    $id: Now.ID['properties_category_default_page_size'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: pageSizeProperty },
})
Record({
    $id: Now.ID['properties_category_default_request_ceiling'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: requestCeilingProperty },
})
Record({
    $id: Now.ID['properties_category_default_time_budget'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: timeBudgetProperty },
})
Record({
    $id: Now.ID['properties_category_logging_verbosity'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: loggingVerbosityProperty },
})
