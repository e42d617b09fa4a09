import { Acl } from '@servicenow/sdk/core'
import { adminRole, apUserRole, integrationRole } from './roles.now'

// Access matrix (read it as a table of contents; one ACL per table and operation):
//   connection     read: admin, integration          write: admin (+ integration on status fields)  create/delete: admin
//   connection_type read: admin, integration        write/create/delete: admin (the connection's settings per type)
//   sync_state     read: admin, integration          write/create: integration                       delete: admin
//   staging_key    read: admin, ap_user, integration write/create: integration                       delete: admin
//                  (AP users read it for match readiness: "Invoices waiting for match")
//   run            read: admin, ap_user, integration write/create: integration                       delete: admin
//   audit          read: admin, ap_user, integration create: integration                             write: nobody; delete: admin (purge)
//   flag           read: admin, ap_user, integration write: resolution_note admin, ap_user; other fields (state!) integration only;
//                  create: integration; delete: admin. State changes go through Retry / Ignore (business rule guard).
//   dimension_map  read: admin, ap_user, integration write/create: admin, integration (auto-fill)    delete: admin
//   field_map      read: admin, integration          write/create/delete: admin (the job only reads it)
// AP users hold no role on connections, so they never see tenant, OAuth profile or client id.

// --- connection ---
Acl({
    $id: Now.ID['acl_connection_read'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection',
    operation: 'read',
    roles: [adminRole, integrationRole],
})
Acl({
    $id: Now.ID['acl_connection_create'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection',
    operation: 'create',
    roles: [adminRole],
})
Acl({
    $id: Now.ID['acl_connection_delete'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection',
    operation: 'delete',
    roles: [adminRole],
})
// Table-level write lets the integration account in; the field ACLs below keep it to the status fields.
Acl({
    $id: Now.ID['acl_connection_write'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection',
    operation: 'write',
    roles: [adminRole, integrationRole],
})
Acl({
    $id: Now.ID['acl_connection_write_fields'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection',
    field: '*',
    operation: 'write',
    roles: [adminRole],
})
Acl({
    $id: Now.ID['acl_connection_write_last_run'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection',
    field: 'last_run',
    operation: 'write',
    roles: [integrationRole],
})
Acl({
    $id: Now.ID['acl_connection_write_last_run_at'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection',
    field: 'last_run_at',
    operation: 'write',
    roles: [integrationRole],
})
Acl({
    $id: Now.ID['acl_connection_write_last_outcome'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection',
    field: 'last_outcome',
    operation: 'write',
    roles: [integrationRole],
})
Acl({
    $id: Now.ID['acl_connection_write_last_error'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection',
    field: 'last_error',
    operation: 'write',
    roles: [integrationRole],
})
Acl({
    $id: Now.ID['acl_connection_write_next_run_at'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection',
    field: 'next_run_at',
    operation: 'write',
    roles: [integrationRole],
})
Acl({
    $id: Now.ID['acl_connection_write_lease_owner'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection',
    field: 'lease_owner',
    operation: 'write',
    roles: [integrationRole],
})
Acl({
    $id: Now.ID['acl_connection_write_lease_expires_at'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection',
    field: 'lease_expires_at',
    operation: 'write',
    roles: [integrationRole],
})

// --- connection_type: settings per connection and document type, the connection's own roles ---
Acl({
    $id: Now.ID['acl_connection_type_read'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection_type',
    operation: 'read',
    roles: [adminRole, integrationRole],
})
Acl({
    $id: Now.ID['acl_connection_type_create'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection_type',
    operation: 'create',
    roles: [adminRole],
})
Acl({
    $id: Now.ID['acl_connection_type_write'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection_type',
    operation: 'write',
    roles: [adminRole],
})
Acl({
    $id: Now.ID['acl_connection_type_delete'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_connection_type',
    operation: 'delete',
    roles: [adminRole],
})

// --- sync_state ---
Acl({
    $id: Now.ID['acl_sync_state_read'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_sync_state',
    operation: 'read',
    roles: [adminRole, integrationRole],
})
Acl({
    $id: Now.ID['acl_sync_state_create'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_sync_state',
    operation: 'create',
    roles: [integrationRole],
})
Acl({
    $id: Now.ID['acl_sync_state_write'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_sync_state',
    operation: 'write',
    roles: [integrationRole],
})
Acl({
    $id: Now.ID['acl_sync_state_delete'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_sync_state',
    operation: 'delete',
    roles: [adminRole],
})

// --- staging_key ---
Acl({
    $id: Now.ID['acl_staging_key_read'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_staging_key',
    operation: 'read',
    roles: [adminRole, apUserRole, integrationRole],
})
Acl({
    $id: Now.ID['acl_staging_key_create'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_staging_key',
    operation: 'create',
    roles: [integrationRole],
})
Acl({
    $id: Now.ID['acl_staging_key_write'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_staging_key',
    operation: 'write',
    roles: [integrationRole],
})
Acl({
    $id: Now.ID['acl_staging_key_delete'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_staging_key',
    operation: 'delete',
    roles: [adminRole],
})

// --- run ---
Acl({
    $id: Now.ID['acl_run_read'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_run',
    operation: 'read',
    roles: [adminRole, apUserRole, integrationRole],
})
Acl({
    $id: Now.ID['acl_run_create'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_run',
    operation: 'create',
    roles: [integrationRole],
})
Acl({
    $id: Now.ID['acl_run_write'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_run',
    operation: 'write',
    roles: [integrationRole],
})
Acl({
    $id: Now.ID['acl_run_delete'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_run',
    operation: 'delete',
    roles: [adminRole],
})

// --- audit: append-only ---
Acl({
    $id: Now.ID['acl_audit_read'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_audit',
    operation: 'read',
    roles: [adminRole, apUserRole, integrationRole],
})
Acl({
    $id: Now.ID['acl_audit_create'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_audit',
    operation: 'create',
    roles: [integrationRole],
})
// Deny-unless with a false script and no admin override: nobody edits the trail.
Acl({
    $id: Now.ID['acl_audit_write_deny'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_audit',
    operation: 'write',
    decisionType: 'deny',
    adminOverrides: false,
    script: 'answer = false',
    description: 'The audit trail is append-only: no one may change a row.',
})
// Deleting is denied to everyone but admin (admin overrides): an admin can purge the trail by hand
// when needed, as the Table Cleaner (src/fluent/cleanup.now.ts) does by age.
Acl({
    $id: Now.ID['acl_audit_delete_deny'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_audit',
    operation: 'delete',
    decisionType: 'deny',
    adminOverrides: true,
    script: 'answer = false',
    description: 'The audit trail is append-only: only an admin may delete (purge) rows.',
})
// The allow rule the purge needs: only the platform admin passes the deny rule above (its override).
Acl({
    $id: Now.ID['acl_audit_delete_purge'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_audit',
    operation: 'delete',
    roles: [adminRole],
    description: 'Purging the audit trail: with the deny rule, only the platform admin.',
})

// --- flag ---
Acl({
    $id: Now.ID['acl_flag_read'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_flag',
    operation: 'read',
    roles: [adminRole, apUserRole, integrationRole],
})
Acl({
    $id: Now.ID['acl_flag_create'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_flag',
    operation: 'create',
    roles: [integrationRole],
})
Acl({
    $id: Now.ID['acl_flag_write'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_flag',
    operation: 'write',
    roles: [adminRole, apUserRole, integrationRole],
})
// Field ACLs: people write only the resolution note (the reason an Ignore records). State and every
// other field are the job's; the Retry / Ignore actions change state through the app's own code.
Acl({
    $id: Now.ID['acl_flag_write_fields'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_flag',
    field: '*',
    operation: 'write',
    roles: [integrationRole],
})
Acl({
    $id: Now.ID['acl_flag_write_state'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_flag',
    field: 'state',
    operation: 'write',
    roles: [integrationRole],
    description: 'Use the Retry or Ignore action to change a flag: they record the reason and an audit row.',
})
Acl({
    $id: Now.ID['acl_flag_write_resolution_note'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_flag',
    field: 'resolution_note',
    operation: 'write',
    roles: [adminRole, apUserRole, integrationRole],
})
Acl({
    $id: Now.ID['acl_flag_delete'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_flag',
    operation: 'delete',
    roles: [adminRole],
})

// --- dimension_map ---
Acl({
    $id: Now.ID['acl_dimension_map_read'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_dimension_map',
    operation: 'read',
    roles: [adminRole, apUserRole, integrationRole],
})
Acl({
    $id: Now.ID['acl_dimension_map_create'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_dimension_map',
    operation: 'create',
    roles: [adminRole, integrationRole],
})
Acl({
    $id: Now.ID['acl_dimension_map_write'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_dimension_map',
    operation: 'write',
    roles: [adminRole, integrationRole],
})
Acl({
    $id: Now.ID['acl_dimension_map_delete'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_dimension_map',
    operation: 'delete',
    roles: [adminRole],
})

// --- field_map ---
Acl({
    $id: Now.ID['acl_field_map_read'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_field_map',
    operation: 'read',
    roles: [adminRole, integrationRole],
})
Acl({
    $id: Now.ID['acl_field_map_create'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_field_map',
    operation: 'create',
    roles: [adminRole],
})
Acl({
    $id: Now.ID['acl_field_map_write'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_field_map',
    operation: 'write',
    roles: [adminRole],
})
Acl({
    $id: Now.ID['acl_field_map_delete'],
    type: 'record',
    table: 'x_mlc_ifs_s2p_field_map',
    operation: 'delete',
    roles: [adminRole],
})
