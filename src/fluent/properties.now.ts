import { Property, Record } from '@servicenow/sdk/core'
import { adminRole } from './roles.now'

// The log level. Connection defaults (page size, request ceiling, time budget) are the connection
// table's column defaults: three properties that repeated them were read by nothing (issue 15).

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
    $id: Now.ID['properties_category_logging_verbosity'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: loggingVerbosityProperty },
})
