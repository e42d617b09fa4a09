import { Role } from '@servicenow/sdk/core'

// Three personas: AP specialists work flags, admins configure, the job runs as the integration account.

export const apUserRole = Role({
    name: 'x_mlc_ifs_s2p.ap_user',
    description: 'AP specialist: reads and works flagged records, reads sync runs and the audit trail.',
})

export const integrationRole = Role({
    name: 'x_mlc_ifs_s2p.integration',
    description: 'The account the sync job runs as: writes runs, audit, flags, staging keys, sync state.',
})

export const adminRole = Role({
    name: 'x_mlc_ifs_s2p.admin',
    description: 'ml-connector administrator: configures IFS connections, OAuth profile, limits and mappings.',
    containsRoles: [apUserRole],
})
