import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: '0b85cab5835442e5a4a848da88ef61a3'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '18f81b4e6dc941ab8d641a9ced1d26ca'
                    }
                    'src_server_core_audit_audit-trail_ts': {
                        table: 'sys_module'
                        id: '7f13cc4ee5034e06a5c5871ffadc6c2d'
                    }
                    src_server_core_audit_redactor_ts: {
                        table: 'sys_module'
                        id: '06eef90084b14a7eb176ae28808b043d'
                    }
                    'src_server_core_config_connection-config_ts': {
                        table: 'sys_module'
                        id: '036483c03ec045848a57b111ceac699c'
                    }
                    'src_server_core_domain_canonical-document_ts': {
                        table: 'sys_module'
                        id: 'd2cba82c39e64ce8b1ac727e4ce542d0'
                    }
                    'src_server_core_domain_glide-time_ts': {
                        table: 'sys_module'
                        id: 'e578143c85ba4f7cac08f7d95a40339c'
                    }
                    'src_server_core_ifs_ifs-reader_ts': {
                        table: 'sys_module'
                        id: '91718f730d064c3ca21888f74a7fc25b'
                    }
                    'src_server_core_ifs_source-fields_ts': {
                        table: 'sys_module'
                        id: '69723e59915e4c08905f4a3d22e2af6e'
                    }
                    src_server_core_odata_query_ts: {
                        table: 'sys_module'
                        id: '9b1dfbd2bfaa4d8d82097333c4df1eb3'
                    }
                    src_server_core_staging_stager_ts: {
                        table: 'sys_module'
                        id: '08f9966cee6c4ef1a092bf6d506d0e1a'
                    }
                    'src_server_core_sync_page-sink_ts': {
                        table: 'sys_module'
                        id: 'fb9689c4533c46ae955a60f9ef349eb3'
                    }
                    src_server_ports_clock_ts: {
                        table: 'sys_module'
                        id: '3e6c6043a9ff433594500a00ae680c91'
                    }
                    src_server_ports_http_ts: {
                        table: 'sys_module'
                        id: '422810fc00fe4b8e828aa8874cdb7574'
                    }
                    src_server_ports_log_ts: {
                        table: 'sys_module'
                        id: 'a5c8f8f562d4424fb4b44f577edb7dec'
                    }
                    src_server_ports_platform_ts: {
                        table: 'sys_module'
                        id: '934570b37d89438da799fc694dd3bf48'
                    }
                    src_server_ports_ports_ts: {
                        table: 'sys_module'
                        id: '051eb7239f6c4d38aa141383930b071b'
                    }
                    src_server_ports_scheduler_ts: {
                        table: 'sys_module'
                        id: '2a489fc5358c4319bc8347d184cfd7b0'
                    }
                    src_server_ports_store_ts: {
                        table: 'sys_module'
                        id: '145cdbdd5ea1425dbac148aa3bc4a08f'
                    }
                    'src_server_ports_token-source_ts': {
                        table: 'sys_module'
                        id: '73c401e5306b4413b823cb4957162c6a'
                    }
                    src_tables_audit_ts: {
                        table: 'sys_module'
                        id: 'eb0935ed20b544acaff5245c9be03dd0'
                    }
                    'src_tables_column-spec_ts': {
                        table: 'sys_module'
                        id: '094fe779e63c4ea8a8a07c96c4f1ed4a'
                    }
                    src_tables_connection_ts: {
                        table: 'sys_module'
                        id: '87b5f129d2dd4d8985c40b6736f608c5'
                    }
                    'src_tables_dimension-map_ts': {
                        table: 'sys_module'
                        id: 'b20cf1f4c9d7453faa8205336646d217'
                    }
                    src_tables_flag_ts: {
                        table: 'sys_module'
                        id: 'f44cdbbf97cc413292ff60715b260366'
                    }
                    src_tables_index_ts: {
                        table: 'sys_module'
                        id: '9de403360be14bd3883bcc8b2f6ea113'
                    }
                    'src_tables_object-types_ts': {
                        table: 'sys_module'
                        id: 'bdf508d616bc456191ebb1f283be6869'
                    }
                    src_tables_run_ts: {
                        table: 'sys_module'
                        id: '6f963b4344bc4b4aac8596798a0b095a'
                    }
                    src_tables_scope_ts: {
                        table: 'sys_module'
                        id: 'deac4ad8142341a995b7c8abd66a60de'
                    }
                    'src_tables_staging-key_ts': {
                        table: 'sys_module'
                        id: '11dbd3d71c234357907c371129efbab7'
                    }
                    'src_tables_sync-state_ts': {
                        table: 'sys_module'
                        id: '013a6996b03d43699b934c27c4afa9c9'
                    }
                }
            }
        }
    }
}
