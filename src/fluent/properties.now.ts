import { Property } from '@servicenow/sdk/core'
import { adminRole } from './roles.now'

// Defaults for new connections and the log level. A connection's own fields win over these.

Property({
    $id: Now.ID['property_default_page_size'],
    name: 'x_mlc_ifs_s2p.default_page_size',
    type: 'integer',
    value: 5000,
    description: 'Rows per IFS OData page for new connections (1-5000; IFS caps pages at 5000).',
    roles: { read: [adminRole], write: [adminRole] },
})
Property({
    $id: Now.ID['property_default_request_ceiling'],
    name: 'x_mlc_ifs_s2p.default_request_ceiling',
    type: 'integer',
    value: 1000,
    description: 'IFS requests per rolling minute for new connections (1-1000; IFS allows 1000).',
    roles: { read: [adminRole], write: [adminRole] },
})
Property({
    $id: Now.ID['property_default_time_budget'],
    name: 'x_mlc_ifs_s2p.default_time_budget_seconds',
    type: 'integer',
    value: 240,
    description: 'Seconds one run may work before it checkpoints and queues a continuation.',
    roles: { read: [adminRole], write: [adminRole] },
})
Property({
    $id: Now.ID['property_log_level'],
    name: 'x_mlc_ifs_s2p.log_level',
    type: 'choicelist',
    choices: ['debug', 'info', 'warn', 'error'],
    value: 'info',
    description: 'Lowest level written to the system log by ml-connector.',
    roles: { read: [adminRole], write: [adminRole] },
})
