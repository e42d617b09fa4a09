import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    '6d1c0a8f3b7e4c52a9e0f4b1c2d3e401': {
                        table: 'oauth_entity'
                        id: '6d1c0a8f3b7e4c52a9e0f4b1c2d3e401'
                        deleted: true
                    }
                    '6d1c0a8f3b7e4c52a9e0f4b1c2d3e402': {
                        table: 'oauth_entity_profile'
                        id: '6d1c0a8f3b7e4c52a9e0f4b1c2d3e402'
                        deleted: true
                    }
                    acl_audit_create: {
                        table: 'sys_security_acl'
                        id: '36993f2c88d04ff6b86d979bc487f1ec'
                    }
                    acl_audit_delete_deny: {
                        table: 'sys_security_acl'
                        id: '5cb4f49b4e074c0d8060fd06813a3dc8'
                    }
                    acl_audit_delete_purge: {
                        table: 'sys_security_acl'
                        id: '0e48ebb55bb74c45a3d7d87b55770549'
                    }
                    acl_audit_read: {
                        table: 'sys_security_acl'
                        id: '0bada2d822ee4cf598dad4bb3c1b367c'
                    }
                    acl_audit_write_deny: {
                        table: 'sys_security_acl'
                        id: '60f486762ed24a1f89d18e5f6182c103'
                    }
                    acl_connection_create: {
                        table: 'sys_security_acl'
                        id: '82d63c6579de4fbf9d369c55f219bd8b'
                    }
                    acl_connection_delete: {
                        table: 'sys_security_acl'
                        id: '1cfccb88489a4f0397ab101a5b125d5e'
                    }
                    acl_connection_read: {
                        table: 'sys_security_acl'
                        id: '3599282e94604c889e5886ff2eb31b1d'
                    }
                    acl_connection_type_create: {
                        table: 'sys_security_acl'
                        id: '0303f9a215734c84bcdabbae60e4c900'
                    }
                    acl_connection_type_delete: {
                        table: 'sys_security_acl'
                        id: 'c4d311a88bc444babc2e4e1d3c83cf8b'
                    }
                    acl_connection_type_read: {
                        table: 'sys_security_acl'
                        id: 'fda9786a6cf84025afd2abad20378765'
                    }
                    acl_connection_type_write: {
                        table: 'sys_security_acl'
                        id: 'd41d22eddbe34415bcaac5103fb7942c'
                    }
                    acl_connection_write: {
                        table: 'sys_security_acl'
                        id: '58922e5c8b2b440bbec95adfa01fe309'
                    }
                    acl_connection_write_fields: {
                        table: 'sys_security_acl'
                        id: '2aca1d8982854a389a24c38058d294ff'
                    }
                    acl_connection_write_last_error: {
                        table: 'sys_security_acl'
                        id: '82aeb785699740a69e5196a93d7b33b0'
                    }
                    acl_connection_write_last_outcome: {
                        table: 'sys_security_acl'
                        id: '8df5396d201e45b8927bc150405b2e1d'
                    }
                    acl_connection_write_last_run: {
                        table: 'sys_security_acl'
                        id: '67526ce3d9104ee49523502729c5ee61'
                    }
                    acl_connection_write_last_run_at: {
                        table: 'sys_security_acl'
                        id: '98eaa094efa54a1bafad40f834c53343'
                    }
                    acl_connection_write_lease_expires_at: {
                        table: 'sys_security_acl'
                        id: '857366f855d94c1689881fb1ffa37d9a'
                    }
                    acl_connection_write_lease_owner: {
                        table: 'sys_security_acl'
                        id: 'fa3ad5f74eb44ccfbe9c9103e8cce4d2'
                    }
                    acl_connection_write_next_run_at: {
                        table: 'sys_security_acl'
                        id: '7ead8c37eaee458b9c4279c64cc5785a'
                    }
                    acl_dimension_map_create: {
                        table: 'sys_security_acl'
                        id: 'c9c402a94e51454b9b9332409b850429'
                    }
                    acl_dimension_map_delete: {
                        table: 'sys_security_acl'
                        id: '445b4a88e4e04e11aa0fe88c85082af9'
                    }
                    acl_dimension_map_read: {
                        table: 'sys_security_acl'
                        id: '63b38e4c35fe41af81eaa3045df485a0'
                    }
                    acl_dimension_map_write: {
                        table: 'sys_security_acl'
                        id: 'e3fdae7ccf8a4358937b496796bfcd91'
                    }
                    acl_field_map_create: {
                        table: 'sys_security_acl'
                        id: 'f14c9fcf286d4c4b936d96dbd3502aeb'
                    }
                    acl_field_map_delete: {
                        table: 'sys_security_acl'
                        id: '1db5d9747de24e3aa9431a30071c670c'
                    }
                    acl_field_map_read: {
                        table: 'sys_security_acl'
                        id: '30fde6a8bad146b4839bbb13bdf2cfd2'
                    }
                    acl_field_map_write: {
                        table: 'sys_security_acl'
                        id: 'e3ce16c09aef44b0b4fe08d63baf722f'
                    }
                    acl_flag_create: {
                        table: 'sys_security_acl'
                        id: '5b3b2a10d6c04701851195f378b217ce'
                    }
                    acl_flag_delete: {
                        table: 'sys_security_acl'
                        id: 'edeaa324e82b4fd38d7d98b0aa6ae8b0'
                    }
                    acl_flag_read: {
                        table: 'sys_security_acl'
                        id: '609943848a5a4d44ac094c9c0fb70f3f'
                    }
                    acl_flag_write: {
                        table: 'sys_security_acl'
                        id: 'e0f8b233618c4d34908af40777074e37'
                    }
                    acl_flag_write_fields: {
                        table: 'sys_security_acl'
                        id: '7a11183e791a42938aa2de6fe3b37be6'
                    }
                    acl_flag_write_resolution_note: {
                        table: 'sys_security_acl'
                        id: 'cde56c66cd264124ab85c04b9de2b69f'
                    }
                    acl_flag_write_state: {
                        table: 'sys_security_acl'
                        id: 'f012a8fe245b4b759653c5dbf98bfb7c'
                    }
                    acl_run_create: {
                        table: 'sys_security_acl'
                        id: '37c7fbe3107e48159107d5231bf5c4e9'
                    }
                    acl_run_delete: {
                        table: 'sys_security_acl'
                        id: 'e4c2486424364d46a45cd69094f07a02'
                    }
                    acl_run_read: {
                        table: 'sys_security_acl'
                        id: '3bda77ec592147e4b322f4ea1006f3d4'
                    }
                    acl_run_write: {
                        table: 'sys_security_acl'
                        id: 'fae0b532cbfc4edfb20ab5586316acfc'
                    }
                    acl_staging_key_create: {
                        table: 'sys_security_acl'
                        id: 'e69006ee01dc43e098af4aad66104cfd'
                    }
                    acl_staging_key_delete: {
                        table: 'sys_security_acl'
                        id: '7931d6379b16460593fb57db566083f5'
                    }
                    acl_staging_key_read: {
                        table: 'sys_security_acl'
                        id: '94538a6960eb4c9eb3b508364457cb9e'
                    }
                    acl_staging_key_write: {
                        table: 'sys_security_acl'
                        id: '1d5e67739f954ba58eec72f65881c4a1'
                    }
                    acl_sync_state_create: {
                        table: 'sys_security_acl'
                        id: 'd02c23d7b41e4c1db2a61d5e1c9dc930'
                    }
                    acl_sync_state_delete: {
                        table: 'sys_security_acl'
                        id: 'e3ee120d05634f53b779c7bf3bb60680'
                    }
                    acl_sync_state_read: {
                        table: 'sys_security_acl'
                        id: '7026a944bd954a4a834c3c01cb49b682'
                    }
                    acl_sync_state_write: {
                        table: 'sys_security_acl'
                        id: 'ba6c12048ae54321817d3bb6bb685bc5'
                    }
                    atf_admin_acls: {
                        table: 'sys_atf_step'
                        id: 'f6d86e0818fc4860995283ec3dff348c'
                    }
                    atf_admin_create: {
                        table: 'sys_atf_step'
                        id: '0ad5e55c565348d9b5a4ba82c6c3b6d8'
                    }
                    atf_admin_modules: {
                        table: 'sys_atf_step'
                        id: 'd9c788bcf0f54d58ab812a7da94dad56'
                    }
                    atf_admin_visibility: {
                        table: 'sys_atf_test'
                        id: 'b2e6cb1e243c4b94a2d3d1543f3eec7c'
                    }
                    atf_ap_user_acls: {
                        table: 'sys_atf_step'
                        id: '3b03e22d5ed042358c4b7b76be4015d7'
                    }
                    atf_ap_user_create: {
                        table: 'sys_atf_step'
                        id: '112129c0e2824f7f9c054bd8738550d6'
                    }
                    atf_ap_user_modules: {
                        table: 'sys_atf_step'
                        id: '1a63bdaedb6643b6832cece7b5a438eb'
                    }
                    atf_ap_user_visibility: {
                        table: 'sys_atf_test'
                        id: 'a12652f290ae464cbb2046090d04d218'
                    }
                    atf_instance_adapters: {
                        table: 'sys_atf_step'
                        id: '4ad779c3a57c4b23ae751637d8508eac'
                    }
                    atf_instance_event_queue: {
                        table: 'sys_atf_step'
                        id: 'f6352cac52514d74a144edee586f783a'
                    }
                    atf_instance_numbering_and_null: {
                        table: 'sys_atf_step'
                        id: '994fd29087aa4bd781b849d9ac53da32'
                    }
                    atf_instance_only_behaviour: {
                        table: 'sys_atf_test'
                        id: 'f7e5632f763c43349711637074bfefd6'
                    }
                    atf_prerequisite_missing_plugin: {
                        table: 'sys_atf_test'
                        id: '5d74b30f798045d89776de290bfeee7f'
                    }
                    atf_prerequisite_missing_plugin_script: {
                        table: 'sys_atf_step'
                        id: '1aac84c5b91f4381874d1b43085c14eb'
                    }
                    atf_tables_and_roles_exist: {
                        table: 'sys_atf_test'
                        id: '57bda8b1636f49af9078d2d10651d159'
                    }
                    atf_tables_and_roles_exist_script: {
                        table: 'sys_atf_step'
                        id: '6ef806ff16d64720af89823127ea3014'
                    }
                    auto_flush_audit: {
                        table: 'sys_auto_flush'
                        id: 'e3dc8a5416f340a983f4bba716a0d67e'
                    }
                    auto_flush_run: {
                        table: 'sys_auto_flush'
                        id: '6e4aea0c376f42448e2c7f627a72fc21'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '0b85cab5835442e5a4a848da88ef61a3'
                    }
                    business_rule_connection_type_rows: {
                        table: 'sys_script'
                        id: '51c853ba9053401c8db397bc9fc302de'
                    }
                    business_rule_connection_type_validation: {
                        table: 'sys_script'
                        id: '9e74b058184e4ce58fe4db9e70311e84'
                    }
                    business_rule_connection_validation: {
                        table: 'sys_script'
                        id: '936a8a718f064b8297165c591a0aab78'
                    }
                    business_rule_flag_state_guard: {
                        table: 'sys_script'
                        id: '8a9e4cd8205646edbc6c57fc4a3a78ca'
                    }
                    client_script_connection_type_validation: {
                        table: 'sys_script_client'
                        id: '04a9300acac5404ab6ef40af9d05f005'
                    }
                    client_script_connection_validation: {
                        table: 'sys_script_client'
                        id: '852d4963509a4e388f20e3602a72878f'
                    }
                    connection_form_auth_note: {
                        table: 'sys_ui_annotation'
                        id: '885bf1e02db44cccb1d6d5019767e7f7'
                    }
                    connection_type_form_overrides_note: {
                        table: 'sys_ui_annotation'
                        id: '048d0e6856cc4ffeb3005b4623c5c6b3'
                    }
                    csp_core_company_read: {
                        table: 'sys_scope_privilege'
                        id: 'd8888f003605445dbceb67e6e5cf6a45'
                    }
                    csp_oauth_entity_profile_read: {
                        table: 'sys_scope_privilege'
                        id: '0c49edee84f342079fe3840ec5a586c5'
                    }
                    csp_oauth_entity_read: {
                        table: 'sys_scope_privilege'
                        id: '14383f34196047dab236de754edb1de2'
                    }
                    csp_proc_po_create: {
                        table: 'sys_scope_privilege'
                        id: '1bf958102bc741079311b4c6e742d1b7'
                    }
                    csp_proc_po_item_create: {
                        table: 'sys_scope_privilege'
                        id: '373fe5e1b49d42ba8445f3604d8305e8'
                    }
                    csp_proc_po_item_read: {
                        table: 'sys_scope_privilege'
                        id: '669d39af7bd54f85bf7b70a1975d88ac'
                    }
                    csp_proc_po_item_write: {
                        table: 'sys_scope_privilege'
                        id: '6b073634be594831a0290c1e86d1e6b8'
                    }
                    csp_proc_po_read: {
                        table: 'sys_scope_privilege'
                        id: '2bc1962557ba47649f60e80a18b7aaaf'
                    }
                    csp_proc_po_write: {
                        table: 'sys_scope_privilege'
                        id: 'f10124a831764dc3af69a63d846f15c4'
                    }
                    csp_sn_apo_invoice_create: {
                        table: 'sys_scope_privilege'
                        id: '892d2922064e4bb8b205ca48ad8d37d8'
                    }
                    csp_sn_apo_invoice_read: {
                        table: 'sys_scope_privilege'
                        id: 'c31e249bd8884a0996b994821fe41d62'
                    }
                    csp_sn_apo_invoice_write: {
                        table: 'sys_scope_privilege'
                        id: '7829b9e6498c4c989524c4e4eb3104e6'
                    }
                    csp_sn_fcms_intg_imp_order_create: {
                        table: 'sys_scope_privilege'
                        id: 'b50b127388a04e95aaa8f0a61b39e997'
                    }
                    csp_sn_fcms_intg_imp_order_line_create: {
                        table: 'sys_scope_privilege'
                        id: 'cd616617311b4711b21c40f7c983aeef'
                    }
                    csp_sn_fcms_intg_imp_order_line_read: {
                        table: 'sys_scope_privilege'
                        id: '9ff753288ef648a885274651513b6b15'
                    }
                    csp_sn_fcms_intg_imp_order_line_write: {
                        table: 'sys_scope_privilege'
                        id: 'b8acde6bd48848c1aee3607088ada12c'
                    }
                    csp_sn_fcms_intg_imp_order_read: {
                        table: 'sys_scope_privilege'
                        id: '2b54a91def284331a340d253486ffc02'
                    }
                    csp_sn_fcms_intg_imp_order_write: {
                        table: 'sys_scope_privilege'
                        id: '34a5361dc3744fc4b87b411cb2adb722'
                    }
                    csp_sn_fcms_intg_imp_receipt_create: {
                        table: 'sys_scope_privilege'
                        id: '144de80c36fd4c44921f094e367984f2'
                    }
                    csp_sn_fcms_intg_imp_receipt_read: {
                        table: 'sys_scope_privilege'
                        id: '6b194d57f57a40ebaf690e22cab3306e'
                    }
                    csp_sn_fcms_intg_imp_receipt_write: {
                        table: 'sys_scope_privilege'
                        id: 'f00f8eec4a9b4276aa7ba731c94416ef'
                    }
                    csp_sn_fin_erp_source_read: {
                        table: 'sys_scope_privilege'
                        id: 'de0ee9d4ed9f4f4e8a12be807d672745'
                    }
                    csp_sn_fin_legal_entity_read: {
                        table: 'sys_scope_privilege'
                        id: '27e50a4901f141c1b1be45231918ca55'
                    }
                    csp_sn_fin_supplier_read: {
                        table: 'sys_scope_privilege'
                        id: 'a6e4f079043c45c38e531190aaa30950'
                    }
                    csp_sn_shop_invoice_create: {
                        table: 'sys_scope_privilege'
                        id: '9c1973e8f705468c9736dbf7bba7fda9'
                    }
                    csp_sn_shop_invoice_read: {
                        table: 'sys_scope_privilege'
                        id: 'f5e929910a1a4dd4b37472990a074b12'
                    }
                    csp_sn_shop_invoice_write: {
                        table: 'sys_scope_privilege'
                        id: '132e17bfdf3c48528a8696b767d5572c'
                    }
                    csp_sn_shop_purchase_order_create: {
                        table: 'sys_scope_privilege'
                        id: 'a1632c282efd496987d4c973a577000a'
                    }
                    csp_sn_shop_purchase_order_read: {
                        table: 'sys_scope_privilege'
                        id: '2e55f92d169345c1b18b7bc62447e3f3'
                    }
                    csp_sn_shop_purchase_order_write: {
                        table: 'sys_scope_privilege'
                        id: '4ad54c61287e4c699491873ebd115377'
                    }
                    csp_sn_spend_intg_imp_invoice_create: {
                        table: 'sys_scope_privilege'
                        id: 'fa0e5f3c7b5543b2b5745bd40dbafe9c'
                    }
                    csp_sn_spend_intg_imp_invoice_line_create: {
                        table: 'sys_scope_privilege'
                        id: '0f10be72a2ae406fa2de10a71d9871ce'
                    }
                    csp_sn_spend_intg_imp_invoice_line_read: {
                        table: 'sys_scope_privilege'
                        id: '42bd1b8273894becaa524c33b73d14fd'
                    }
                    csp_sn_spend_intg_imp_invoice_line_write: {
                        table: 'sys_scope_privilege'
                        id: '3cf65d3f8438418a92f649fccb53afb0'
                    }
                    csp_sn_spend_intg_imp_invoice_read: {
                        table: 'sys_scope_privilege'
                        id: 'c57967a3f061482ba46e3ebfc2615e79'
                    }
                    csp_sn_spend_intg_imp_invoice_write: {
                        table: 'sys_scope_privilege'
                        id: 'ded7cf705ced421b82d3853243a50af7'
                    }
                    csp_sys_db_object_read: {
                        table: 'sys_scope_privilege'
                        id: '7a13abfaa2dd45a8855748fe8070ee07'
                    }
                    csp_sys_dictionary_read: {
                        table: 'sys_scope_privilege'
                        id: '6f59265e5b304e9eab1e66b3dafac6e4'
                        deleted: true
                    }
                    csp_sys_import_set_create: {
                        table: 'sys_scope_privilege'
                        id: '39e8a04632af4e388d82b8f1d075512b'
                    }
                    csp_sys_import_set_read: {
                        table: 'sys_scope_privilege'
                        id: '7d1027e9a3784782a333aa08f12ee0d1'
                    }
                    csp_sys_plugins_read: {
                        table: 'sys_scope_privilege'
                        id: 'b6a848410f29435d9ee2167d6ebbf57d'
                        deleted: true
                    }
                    csp_sys_user_has_role_read: {
                        table: 'sys_scope_privilege'
                        id: '507897e6b6c84293b171029d8a9e622b'
                    }
                    csp_sys_user_read: {
                        table: 'sys_scope_privilege'
                        id: '9bf6c6fcd7e145b7bf583ca4b5623c67'
                    }
                    csp_sys_user_role_read: {
                        table: 'sys_scope_privilege'
                        id: '0145caca71b644bb9a75e0efef6db6c2'
                    }
                    csp_sysauto_script_read: {
                        table: 'sys_scope_privilege'
                        id: '4f00b26e851b4a399a6dd6966c40e28e'
                    }
                    csp_v_plugin_read: {
                        table: 'sys_scope_privilege'
                        id: 'c824774c63a645c1889654871adc216b'
                        deleted: true
                    }
                    event_continue: {
                        table: 'sysevent_register'
                        id: '3c50e3ebf4e544b18bf24a49d7755520'
                    }
                    event_queue_sync: {
                        table: 'sysevent_queue'
                        id: '3be10e22a1844aeca7c2143a670df120'
                    }
                    field_map_brief_purchase_order_company: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '20ee17907a4647bf850fe790d8a1b2ec'
                    }
                    field_map_brief_purchase_order_cost_center: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '848a9f63444e4f34bda4b2760bc22fab'
                    }
                    field_map_brief_purchase_order_currency: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '983e64368e4b4db79114baeb1e4e6ca0'
                    }
                    field_map_brief_purchase_order_due_by: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '5fabc67ebc82484b86fb96c22359049f'
                    }
                    field_map_brief_purchase_order_external_reference: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '4e5db5baafca47dc8004a54d04149d81'
                    }
                    field_map_brief_purchase_order_gl_account: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '7b0c62fc5ffe4246ac37709f4fed43b4'
                    }
                    field_map_brief_purchase_order_net_amount: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'e4e1d0bf0ad34c609a9c4189728b9765'
                    }
                    field_map_brief_purchase_order_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '897a21e87ae94fb18fefd1dbbb26cb16'
                        deleted: true
                    }
                    field_map_brief_purchase_order_order_date: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '5d1751a0262d4120bde99eefba40dd57'
                    }
                    field_map_brief_purchase_order_po_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '1a096a9938b444d9b3e857872d46b512'
                    }
                    field_map_brief_purchase_order_source_created_at: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '25042c9a9ae64170acf5b049dc1f85f7'
                    }
                    field_map_brief_purchase_order_source_state: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'e1ecc9def66c4a3cb898afed805e375a'
                    }
                    field_map_brief_purchase_order_supplier_name: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'e6bc23ee01e34ebfa167eb10a55cf5dd'
                    }
                    field_map_brief_purchase_order_supplier_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '6f578fcc7b9c428cbc671df1dee9cba4'
                    }
                    field_map_brief_purchase_order_tax_amount: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'f376c19b9d22437eb78cb2daba7949de'
                    }
                    field_map_brief_purchase_order_total_cost: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'f94cf45fb0e34bcda63d170423569acc'
                    }
                    field_map_brief_purchase_order_u_ml_connector_key: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'c9950f1f89ac40f096fd3042a02d2a9e'
                        deleted: true
                    }
                    field_map_brief_purchase_order_vendor: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '19f3881c512f43b696969bc2331cf2d2'
                        deleted: true
                    }
                    field_map_brief_supplier_invoice_company: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'c20333b012f646219be65c682eb2ce63'
                    }
                    field_map_brief_supplier_invoice_cost_center: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '01de5ef9deee4386aca16782abb74c71'
                    }
                    field_map_brief_supplier_invoice_currency: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'b869a135b69849faab4f9cf7317e2b38'
                    }
                    field_map_brief_supplier_invoice_due_date: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '09dd8e1cfe85495dbdfa78aa2842af0d'
                    }
                    field_map_brief_supplier_invoice_external_reference: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '5af84349ec7b4605923bda9f2e91f772'
                    }
                    field_map_brief_supplier_invoice_gl_account: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '5b56139e33d445be9b7aeacb0a941fb9'
                    }
                    field_map_brief_supplier_invoice_gross_amount: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'b3d799d08ba644c18c88d8f5535af703'
                    }
                    field_map_brief_supplier_invoice_invoice_date: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'd0942a8b19a64f7c89a5148649d8255d'
                    }
                    field_map_brief_supplier_invoice_invoice_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '41bbf1e37046402d868cea5a8dde5012'
                    }
                    field_map_brief_supplier_invoice_net_amount: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'f31d30f8b99c414aa217c4c37c7fc6b8'
                    }
                    field_map_brief_supplier_invoice_po_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'f96b72f36e414f7e9bc6a526d245da8d'
                    }
                    field_map_brief_supplier_invoice_source_created_at: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '25235d90babf4f0b862d5dfdcc412e5a'
                    }
                    field_map_brief_supplier_invoice_source_state: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '96290b8967134a5eb97760c466fce0f4'
                    }
                    field_map_brief_supplier_invoice_supplier_name: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'd4f317a462504fabaa775c4a9aeba0bc'
                    }
                    field_map_brief_supplier_invoice_supplier_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'eba5bc9770a147b28b9ab0b3a480cab5'
                    }
                    field_map_brief_supplier_invoice_tax_amount: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '320ef620a8b04d058bb03e55f82f4cc3'
                    }
                    field_map_form_note: {
                        table: 'sys_ui_annotation'
                        id: 'ed0b6e8f1a034caf9b88deeeacbed551'
                    }
                    field_map_legacy_procurement_purchase_order_due_by: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'a05ed7e3e67c4a9ea69efef86b03fa43'
                    }
                    field_map_legacy_procurement_purchase_order_line_cost: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'd7ea578aebb34bef85c772feaaf6e2ca'
                    }
                    field_map_legacy_procurement_purchase_order_line_ordered_quantity: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '2acc7440ccbd4ec3b8c52abdb231918d'
                    }
                    field_map_legacy_procurement_purchase_order_line_purchase_order: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'df94415a37494d209befa15a338f99e9'
                    }
                    field_map_legacy_procurement_purchase_order_line_u_ml_connector_key: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '543f474ea3d54822b146e4c1fac1fed5'
                    }
                    field_map_legacy_procurement_purchase_order_line_u_ml_line_state: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'a30ef90deff444a7919ec04f831824a4'
                    }
                    field_map_legacy_procurement_purchase_order_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'a5a32b7694ce466f96ab1d3a44a2805c'
                    }
                    field_map_legacy_procurement_purchase_order_total_cost: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'b44f55871b444c499a5c605282416e28'
                    }
                    field_map_legacy_procurement_purchase_order_u_ml_connector_key: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '8910919034d74046bc8a6d069ad19970'
                    }
                    field_map_legacy_procurement_purchase_order_vendor: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'd627720a58594714ac458a3b046c2cd0'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_cost_center: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'bb07cb37a5b14e0283ca37a7a24bb3d0'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_currency: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '77123511a83a4d569fdb885135a6258e'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_erp_line_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '45f220a710554f8790a6b4eb5629fbc8'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_erp_source: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '823269634fa0464f89b24b94f8fdaf60'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_external_invoice_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'd19f0dc9b3684a1f8f9150f583067e5e'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_external_invoice_source: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '522688d8fe1c4370bc0bd82ebea65cd4'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_gl_account: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '52ee2cde14fa421a9da0d441c8e0e351'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_line_amount_invoiced: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'fa8cd58bafe6473a890a67797fea229a'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_line_description: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'f689fd5de4a041b18c8f92dc252a500a'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_line_quantity: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '9d13a5554ee34b5ea632702cd1a888cc'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_line_unit_price: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '0f733974aea44786b37fed81833f30fc'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_ml_connector_key: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'caf633cb1ef94eaa8933e7bf8535bb95'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_ml_line_state: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '6e56cde82e3f41c3b6942312b5ed12c3'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_purchase_order: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '6bbddc58ea3940d097786eb5079f466b'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_purchase_order_line: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '07a5b78389b74f85b1eb5bb654e6b7cb'
                    }
                    field_map_legacy_procurement_supplier_invoice_line_u_subtotal: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '53f71c5f80094e48be6830333db8e1fc'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_amount_invoiced: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '3abe0ea4b4a144499180fc965a4477e5'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_currency: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '8be8d0bf14b8490aaf31515b2844effb'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_erp_source: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'de820b694eeb4922971d50869ed02269'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_external_invoice_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '4dc911dc35d5472e8675d574c266ce7f'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_external_invoice_source: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '725a71541ca245b6a57a5e37ce895348'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_invoice_date: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '4b5516d329804f70b115e4fdc0a0b3e8'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_invoice_type: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'b0f3eaa078914e91a47e4375b755c08e'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_legal_entity: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '10cb771d4f9f47028d4c01b1d07cb990'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_other_charges: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '07e4f70a28e0486694b23a6b6e797ffc'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_purchase_order: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'ba0861ca92fd462e9873ab4f32e2336f'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_subtotal: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'd342f123b7dd4be4a13dc491218b5b5c'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_supplier: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'ae507d3542ff467f9e6098a665a08e79'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_supplier_invoice_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '0da345da916c4d8e9d6b715367b0137b'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_tax_amount: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '756a1f1d84204c05a37fe107a20cdbf8'
                    }
                    field_map_legacy_procurement_supplier_invoice_u_third_party_import_id: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'f44e2ba2343e4082b8b88b1c3e2fc01d'
                    }
                    field_map_s2p_import_purchase_order_line_u_cost_center: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '47382f9e6132444c9007de8a6e91420a'
                    }
                    field_map_s2p_import_purchase_order_line_u_currency: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'bd8e824f3ecc4a7094b8ffad0f4e16ab'
                    }
                    field_map_s2p_import_purchase_order_line_u_erp_po_line_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '007e1e2063a54e31b52892e3872751bc'
                    }
                    field_map_s2p_import_purchase_order_line_u_erp_po_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'b0578b10c448480c95123fa7a63ff7b5'
                    }
                    field_map_s2p_import_purchase_order_line_u_erp_source: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '22884c2bbb134838b5bfc16c7b180794'
                    }
                    field_map_s2p_import_purchase_order_line_u_gl_account: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '6e5251e8819f40e19c6b6c791956bb42'
                    }
                    field_map_s2p_import_purchase_order_line_u_line_amount: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '142df4527e294cc0ab34a83aee9c912e'
                    }
                    field_map_s2p_import_purchase_order_line_u_line_description: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '4ac2c1244e0645aba0d022fdbf0b7512'
                    }
                    field_map_s2p_import_purchase_order_line_u_ml_connector_key: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '23de156e427d4e88a5ea2c3b5e17536b'
                    }
                    field_map_s2p_import_purchase_order_line_u_ml_line_state: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'c7e35b9a34494335843196d892471aa3'
                    }
                    field_map_s2p_import_purchase_order_line_u_quantity: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '63e4459e6b0e42fd9c2052b7caaf8487'
                    }
                    field_map_s2p_import_purchase_order_line_u_quantity_invoiced: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '5b4adb516d1c4e5c8abd507356a672d2'
                    }
                    field_map_s2p_import_purchase_order_line_u_quantity_received: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '9c6edc7c2eca4319bc76e670019ea67e'
                    }
                    field_map_s2p_import_purchase_order_line_u_unit_price: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'c1b6375365c647b6b97fe959ec5b83b9'
                    }
                    field_map_s2p_import_purchase_order_u_cost_center: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '05c5fb43003e4f339b3dff2e5415d4e6'
                    }
                    field_map_s2p_import_purchase_order_u_erp_po_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'f2d676d3b9b44dc5b7a00c2a20516f42'
                    }
                    field_map_s2p_import_purchase_order_u_erp_source: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '3cf1edb2d6054f85b9e10d6589272490'
                    }
                    field_map_s2p_import_purchase_order_u_legal_entity: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '97e440ec027e49219839fa50a9bec72a'
                    }
                    field_map_s2p_import_purchase_order_u_order_type: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'bc305501ba2d4746b8475224a843e5f7'
                    }
                    field_map_s2p_import_purchase_order_u_po_amount: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '4556ee249f8a403a94af8dbf48e77c95'
                    }
                    field_map_s2p_import_purchase_order_u_po_amount_currency: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '0447d1b21b9f4207bb29f7ed3695a38f'
                    }
                    field_map_s2p_import_purchase_order_u_po_status: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '4ecda338533b41c6aec02d31bed64e4f'
                    }
                    field_map_s2p_import_purchase_order_u_supplier: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '1d1cfe9f4b864af190c25b6f7d5669d3'
                    }
                    field_map_s2p_import_purchase_order_u_supplier_company_name: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '1d4ef5d3bd514fee940f4401587ecd67'
                    }
                    field_map_s2p_import_purchase_order_u_third_party_import_id: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '609c5bdbf80b4d8981dd95e599d9f568'
                    }
                    field_map_s2p_import_receipt_u_erp_po_line_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '1f7a1f32d5fd424f8bfc8172189d074e'
                    }
                    field_map_s2p_import_receipt_u_erp_po_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'f901e136aadf40d2b4792f1edc5d7383'
                    }
                    field_map_s2p_import_receipt_u_erp_receipt_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '6e369b3352c5437cb4d38f3c6067d50f'
                    }
                    field_map_s2p_import_receipt_u_erp_source: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '616db432445644c3ab16c57e735cc123'
                    }
                    field_map_s2p_import_receipt_u_ml_connector_key: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'f8994df0555d44968e2788eb63d832b6'
                    }
                    field_map_s2p_import_receipt_u_quantity_received: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '8d61f8fcbb8d4f8f9d43b23344e0f35b'
                    }
                    field_map_s2p_import_receipt_u_receipt_date: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '8f03033178dc4741bdb7048da56751e0'
                    }
                    field_map_s2p_import_receipt_u_state: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'f662c94e8c9c4cc78794b2530a0e1adc'
                    }
                    field_map_s2p_import_receipt_u_type: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'bd0e2abba2f044c493cfd1df32f12a33'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_cost_center: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'e0e5f914a6bd4267b02577a82108407d'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_currency: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '1d5960d135184f18ab8ab6bdbb1231e1'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_erp_line_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'f8818edbe57b4c7293eb8407fd73f4e7'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_erp_source: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'c843b67f39e7488999b4c87abb0768c1'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_external_invoice_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '3d47b86caf2745db9e62ad54ba28ed66'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_external_invoice_source: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'f180ec34a9424278adf52d2b02d80036'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_gl_account: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '6b133f9d437a4401849dbfb926e551a8'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_line_amount_invoiced: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'a1a9bf11287445229130adc922e0b72d'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_line_description: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '738346e44053439f9a6f387e211f6d7c'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_line_quantity: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '987239aad3cb45388208135c5bdcca16'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_line_unit_price: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '89bd2a81a6c04908886bae5a31ee3063'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_ml_connector_key: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '7279c197bae84a3eb9f985fbc107c4b8'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_ml_line_state: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '64538b3e629f4c76affd9363202dcf3d'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_purchase_order: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '3fc7bb9d83c74ebb80faeab369707378'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_purchase_order_line: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '24421814dd33428ba6cc6f1947397abe'
                    }
                    field_map_s2p_import_supplier_invoice_line_u_subtotal: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '02a8730cd45c41c89151ce793bfae4f2'
                    }
                    field_map_s2p_import_supplier_invoice_u_amount_invoiced: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'eea55ea3786b4bd1b3b39e5fc0dc0b47'
                    }
                    field_map_s2p_import_supplier_invoice_u_currency: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'bf4198dafdec4b8e9370e3dc7fb96e11'
                    }
                    field_map_s2p_import_supplier_invoice_u_erp_source: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'c9894b6318e844b6ad50e7e394248d84'
                    }
                    field_map_s2p_import_supplier_invoice_u_external_invoice_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '1eba3d38ff724d07a77bc27517cabf01'
                    }
                    field_map_s2p_import_supplier_invoice_u_external_invoice_source: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'b668bf7ac1784b3ab2760fe794e94973'
                    }
                    field_map_s2p_import_supplier_invoice_u_invoice_date: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '3b5028c12cca46ed8893ea7d6d320fa2'
                    }
                    field_map_s2p_import_supplier_invoice_u_invoice_type: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '547a97b50d164486bd2b940cfd0f8c8b'
                    }
                    field_map_s2p_import_supplier_invoice_u_legal_entity: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '18571f36dbdc47caacfdc64a9bbe7a60'
                    }
                    field_map_s2p_import_supplier_invoice_u_other_charges: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'd5d44624e9084ad2a5244bd2f29418c9'
                    }
                    field_map_s2p_import_supplier_invoice_u_purchase_order: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '50298bfc3fb9479e8b0bdee73043bd00'
                    }
                    field_map_s2p_import_supplier_invoice_u_subtotal: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '8913c512f5fe40f3897dab7a79ed8327'
                    }
                    field_map_s2p_import_supplier_invoice_u_supplier: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'd2ba429d8eda4d97af5a41498bcee5b0'
                    }
                    field_map_s2p_import_supplier_invoice_u_supplier_invoice_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'e156cb5078a34595bb29eeebd693e564'
                    }
                    field_map_s2p_import_supplier_invoice_u_tax_amount: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '284d94ca4305414188af938dcc91cfa3'
                    }
                    field_map_s2p_import_supplier_invoice_u_third_party_import_id: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '5ffa00d943ec4e778fc25f643c9f371b'
                    }
                    field_map_s2p_tables_purchase_order_legal_entity: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '31bac0eab37a47bda92fbb502ed9b310'
                    }
                    field_map_s2p_tables_purchase_order_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'fb3eb1d8a59b4459ba389656b4077259'
                    }
                    field_map_s2p_tables_purchase_order_supplier: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '56723a72d35742c8a762cb150c9a9734'
                    }
                    field_map_s2p_tables_purchase_order_total_amount: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '682a27c6296d46ada43bf4a60b3d4f40'
                    }
                    field_map_s2p_tables_purchase_order_u_ml_connector_key: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '66c448b6f1f74599aeb700f0747e2d58'
                    }
                    field_map_s2p_tables_supplier_invoice_currency: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '2de0cee34403430693865a2e18a92b07'
                    }
                    field_map_s2p_tables_supplier_invoice_invoice_amount: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'f92dc0cb88304b81919b30655af93cbf'
                    }
                    field_map_s2p_tables_supplier_invoice_invoice_date: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'e07469a32fc54edbbfe0ed05afdf1561'
                    }
                    field_map_s2p_tables_supplier_invoice_legal_entity: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '243e09c09776415695410c5c51e066c7'
                    }
                    field_map_s2p_tables_supplier_invoice_purchase_order: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'e27bdda8a6cc43b0a6cc25647741c79e'
                    }
                    field_map_s2p_tables_supplier_invoice_state: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '00ff0804bf714d6ea53f4834651a0134'
                    }
                    field_map_s2p_tables_supplier_invoice_subtotal: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: '28bbc13bc39f44e69ddebb534d302e63'
                    }
                    field_map_s2p_tables_supplier_invoice_supplier: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'c00158984d7e48a0b1a8774eb937f663'
                    }
                    field_map_s2p_tables_supplier_invoice_supplier_invoice_number: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'ff7ceb553d9042f0ac2cf97175ba1c99'
                    }
                    field_map_s2p_tables_supplier_invoice_u_ml_connector_key: {
                        table: 'x_mlc_ifs_s2p_field_map'
                        id: 'bda4a302e4a1458182439b0dac134922'
                    }
                    job_scheduled_sync: {
                        table: 'sysauto_script'
                        id: '01e63cf112e5495c9096a420168a1207'
                    }
                    menu_ml_connector: {
                        table: 'sys_app_application'
                        id: '773cacabc27640f49aabc2bcbd2f6010'
                    }
                    module_audit_trail: {
                        table: 'sys_app_module'
                        id: 'cf3d94d1db584a8ba3f16c39f70c46a8'
                    }
                    module_connections: {
                        table: 'sys_app_module'
                        id: 'ffab143f71ea49809b048fb390c5b547'
                    }
                    module_dimension_mappings: {
                        table: 'sys_app_module'
                        id: '616076c0090f487ca76ea792556df863'
                    }
                    module_field_mappings: {
                        table: 'sys_app_module'
                        id: '4be58b53a8b44af09073136f510eca3d'
                    }
                    module_flagged_records: {
                        table: 'sys_app_module'
                        id: 'd2b9a95702ad46ef95382ea8e0103ac9'
                    }
                    module_properties: {
                        table: 'sys_app_module'
                        id: 'ef780a5b0235452290e09f1cb5bb2781'
                    }
                    module_report_open_flags_by_reason: {
                        table: 'sys_app_module'
                        id: '295b9fd6adbc4e39b5625d9de543e822'
                    }
                    module_report_run_outcomes: {
                        table: 'sys_app_module'
                        id: 'd85e37967fe749a1a172c1b670d7c18f'
                    }
                    module_report_staged_per_day: {
                        table: 'sys_app_module'
                        id: '9d2d0fec0bbd44e993da4133ecfb2f33'
                    }
                    module_report_throttles: {
                        table: 'sys_app_module'
                        id: '0e2267f64b0041d0a6606e824d79c221'
                    }
                    module_reports_separator: {
                        table: 'sys_app_module'
                        id: '22fb7d04d19340c180aeafbcb006ec52'
                    }
                    module_sync_runs: {
                        table: 'sys_app_module'
                        id: '910651ebd6da49268832aac52fa9d7de'
                    }
                    module_waiting_for_match: {
                        table: 'sys_app_module'
                        id: '3fe9e878092e4bd386ae7925a5def710'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '18f81b4e6dc941ab8d641a9ced1d26ca'
                    }
                    properties_category: {
                        table: 'sys_properties_category'
                        id: 'b88723aeaf0e46818aaf43b699ec785b'
                    }
                    properties_category_default_page_size: {
                        table: 'sys_properties_category_m2m'
                        id: 'b601c37c1d734500bab76081459b9948'
                        deleted: true
                    }
                    properties_category_default_request_ceiling: {
                        table: 'sys_properties_category_m2m'
                        id: '87ff7864638e43b2b19da219f3b316d2'
                        deleted: true
                    }
                    properties_category_default_time_budget: {
                        table: 'sys_properties_category_m2m'
                        id: 'f2a9d775f253407398fb7f4176c20f6a'
                        deleted: true
                    }
                    properties_category_logging_verbosity: {
                        table: 'sys_properties_category_m2m'
                        id: '9f4fce3e8f0643bbbe5309afbdd3c8bf'
                    }
                    property_default_page_size: {
                        table: 'sys_properties'
                        id: 'c3e00ea79287474f90e5b1c250257f98'
                        deleted: true
                    }
                    property_default_request_ceiling: {
                        table: 'sys_properties'
                        id: '00292e7df6e14a15a8b1820c97bf6fe4'
                        deleted: true
                    }
                    property_default_time_budget: {
                        table: 'sys_properties'
                        id: '781689a32c8c45338cb6ee4b86612fbe'
                        deleted: true
                    }
                    property_log_level: {
                        table: 'sys_properties'
                        id: '2f6bac528ac64c3499d739238aa24d6b'
                        deleted: true
                    }
                    property_logging_verbosity: {
                        table: 'sys_properties'
                        id: 'a97704c4cdd64c569c1cf49c458a7207'
                    }
                    report_open_flags_by_reason: {
                        table: 'sys_report'
                        id: '5bc4671e59c4451b8b923029c864a040'
                    }
                    report_run_outcomes: {
                        table: 'sys_report'
                        id: '6353ca98d38a4368ae59599596a06513'
                    }
                    report_staged_per_day: {
                        table: 'sys_report'
                        id: '244d2bb965dc4c509d7731f92572c774'
                    }
                    report_throttles: {
                        table: 'sys_report'
                        id: '811ddd7b8a4249c79df0d01d8ce80a6f'
                    }
                    rest_message_ifs: {
                        table: 'sys_rest_message'
                        id: '144105bd00f64f8cbc25582c7c834e94'
                    }
                    rest_message_ifs_accept: {
                        table: 'sys_rest_message_headers'
                        id: '8fe93627930f4a8b8c4df226f239570c'
                    }
                    script_action_continue: {
                        table: 'sysevent_script_action'
                        id: 'a8cd7257449f42a88633220a6f6a6c59'
                    }
                    'src_server_core_actions_action-message_ts': {
                        table: 'sys_module'
                        id: '352fb5c03d7e41f9879c672096af1e4f'
                    }
                    'src_server_core_actions_connection-action_ts': {
                        table: 'sys_module'
                        id: '6fd79837d4614b71b523ad641b3803e0'
                    }
                    'src_server_core_actions_connection-busy_ts': {
                        table: 'sys_module'
                        id: '3049c64a237c4ee48d0e68bcce22cb60'
                    }
                    'src_server_core_actions_connection-form-rules_ts': {
                        table: 'sys_module'
                        id: '793853f24e104f30a50a85437e46c66a'
                        deleted: true
                    }
                    'src_server_core_actions_flag-edit-rules_ts': {
                        table: 'sys_module'
                        id: 'fd7c1e10a1f94337901e6c98e004fa64'
                    }
                    'src_server_core_actions_flag-work_ts': {
                        table: 'sys_module'
                        id: 'feef9693cf5e431da17b8387e4abcd72'
                    }
                    'src_server_core_actions_propose-source-mapping_ts': {
                        table: 'sys_module'
                        id: 'aec4397ac7af443e9ca90f81ce967e8d'
                    }
                    'src_server_core_actions_release-lease_ts': {
                        table: 'sys_module'
                        id: '1222d55970e44a43bcd4bbb5fbc9e132'
                    }
                    'src_server_core_actions_reset-cursor_ts': {
                        table: 'sys_module'
                        id: '5162d0334fc443b6b4ea60d9de81a697'
                    }
                    'src_server_core_actions_run-now_ts': {
                        table: 'sys_module'
                        id: 'd6d5abb5879442a3a464d46cc23062c0'
                    }
                    'src_server_core_actions_test-connection_ts': {
                        table: 'sys_module'
                        id: 'e912d7937ba8468294ce7932f3e98e0e'
                    }
                    'src_server_core_audit_audit-trail_ts': {
                        table: 'sys_module'
                        id: '7f13cc4ee5034e06a5c5871ffadc6c2d'
                    }
                    src_server_core_audit_redactor_ts: {
                        table: 'sys_module'
                        id: '06eef90084b14a7eb176ae28808b043d'
                    }
                    'src_server_core_config_config-error_ts': {
                        table: 'sys_module'
                        id: '52d6a2e0bf1b45ba8540af88d3847df3'
                    }
                    'src_server_core_config_connection-config_ts': {
                        table: 'sys_module'
                        id: '036483c03ec045848a57b111ceac699c'
                    }
                    'src_server_core_config_connection-rules_ts': {
                        table: 'sys_module'
                        id: 'e0d5cd5062d8410ab78f8bdfb9111928'
                    }
                    'src_server_core_config_connection-sources_ts': {
                        table: 'sys_module'
                        id: 'ace72cd8699a4e87a5d4dc9fccc62e1e'
                    }
                    'src_server_core_config_connection-type-rules_ts': {
                        table: 'sys_module'
                        id: 'd07f3ae802ee4d2d8ab01fab39dc9089'
                    }
                    'src_server_core_config_connection-types_ts': {
                        table: 'sys_module'
                        id: '4fa6557aa2cf4a5c8a0fed38b27df9f5'
                    }
                    'src_server_core_config_line-source-mapping_ts': {
                        table: 'sys_module'
                        id: '39d92a7ce4924dd7ab19200279202e57'
                    }
                    'src_server_core_config_load-connection_ts': {
                        table: 'sys_module'
                        id: 'b2898c8393dd4d1281a9a3a92de48d89'
                    }
                    'src_server_core_config_mapping-reader_ts': {
                        table: 'sys_module'
                        id: '3f90dabc36f24672a9615489d501d95e'
                    }
                    'src_server_core_config_master-data-mapping_ts': {
                        table: 'sys_module'
                        id: '03358a78ae1f4199bf78556a4e478d70'
                    }
                    'src_server_core_config_oauth-provider-check_ts': {
                        table: 'sys_module'
                        id: 'b8442d54c1cc45c190e050de32aa6c96'
                    }
                    'src_server_core_config_parse-connection_ts': {
                        table: 'sys_module'
                        id: 'e59ecf79bdc0465593e60a87ccc55239'
                    }
                    'src_server_core_config_source-field-reader_ts': {
                        table: 'sys_module'
                        id: 'bb4bfd2b7e4d487e964ec1a881858531'
                    }
                    'src_server_core_config_source-mapping_ts': {
                        table: 'sys_module'
                        id: '9fa371b6881b4b00873f96282f3ba158'
                    }
                    'src_server_core_config_tenant-url_ts': {
                        table: 'sys_module'
                        id: 'f7bf34f9078144a0a6ccdef21b5d8e4b'
                    }
                    'src_server_core_document-types_document-type_ts': {
                        table: 'sys_module'
                        id: '519eae63fd31407983a4088bf0e44a56'
                    }
                    'src_server_core_document-types_field-map_ts': {
                        table: 'sys_module'
                        id: 'cff2be2e0f964c41a33cb007a533eabd'
                    }
                    'src_server_core_document-types_line-fields_ts': {
                        table: 'sys_module'
                        id: '13dc92583e6f4af4bee1a7aa12f51138'
                    }
                    'src_server_core_document-types_line-source_ts': {
                        table: 'sys_module'
                        id: '718ec95a204d49f6a5200585ccee05b0'
                    }
                    'src_server_core_document-types_master-data-source_ts': {
                        table: 'sys_module'
                        id: '8aa2f64197794c71bf4223c890913b61'
                    }
                    'src_server_core_document-types_object-type_ts': {
                        table: 'sys_module'
                        id: '68fd10868d194e2380b561c03d5d0ebe'
                    }
                    'src_server_core_document-types_platform-plugins_ts': {
                        table: 'sys_module'
                        id: '2ec38e721c26439c95af619f7538dba4'
                    }
                    'src_server_core_document-types_purchase-order_ts': {
                        table: 'sys_module'
                        id: 'd68f9e621ecf4bd0a18d96608fea98da'
                    }
                    'src_server_core_document-types_receipt_ts': {
                        table: 'sys_module'
                        id: '7a26011b0a224b8380a6ecb6123947b5'
                    }
                    'src_server_core_document-types_registry_ts': {
                        table: 'sys_module'
                        id: '01a7aedc747e4095851135f465f716ea'
                    }
                    'src_server_core_document-types_source-field_ts': {
                        table: 'sys_module'
                        id: '1572c4d9b68a4f2f9e85fcd2508eaa5f'
                    }
                    'src_server_core_document-types_source-presets_ts': {
                        table: 'sys_module'
                        id: '4c9a8fc039484b719b92ce495a476d34'
                    }
                    'src_server_core_document-types_supplier-invoice_ts': {
                        table: 'sys_module'
                        id: 'a811a84f1e4a48949dfc3a9ecfdef3bf'
                    }
                    'src_server_core_document-types_target-conventions_ts': {
                        table: 'sys_module'
                        id: '573bac22cacc4cf1abda909e714db575'
                    }
                    'src_server_core_domain_canonical-document_ts': {
                        table: 'sys_module'
                        id: 'd2cba82c39e64ce8b1ac727e4ce542d0'
                    }
                    'src_server_core_domain_canonical-line_ts': {
                        table: 'sys_module'
                        id: 'd278f286327047ea99d1fcec3dab2857'
                    }
                    src_server_core_domain_failure_ts: {
                        table: 'sys_module'
                        id: 'aea4b8fe16194e68b438300d29519aba'
                    }
                    'src_server_core_domain_glide-time_ts': {
                        table: 'sys_module'
                        id: 'e578143c85ba4f7cac08f7d95a40339c'
                    }
                    'src_server_core_domain_po-line-number_ts': {
                        table: 'sys_module'
                        id: '0c2a5a9b9c7a4063a288ede0893f6974'
                    }
                    'src_server_core_domain_reserved-null_ts': {
                        table: 'sys_module'
                        id: 'd16299842e2c4657a23ec0fe6297de4e'
                    }
                    src_server_core_ifs_backoff_ts: {
                        table: 'sys_module'
                        id: '29728e500add4c8d8d75809060f2fbf5'
                    }
                    'src_server_core_ifs_ifs-answer_ts': {
                        table: 'sys_module'
                        id: '00c8d40cbaf346368209f8eb8b5541d9'
                    }
                    'src_server_core_ifs_ifs-client_ts': {
                        table: 'sys_module'
                        id: '6afc2c2213e142b58276c7996d0ca1e8'
                    }
                    'src_server_core_ifs_ifs-errors_ts': {
                        table: 'sys_module'
                        id: '33ca626e2a7a4894aa4647e769cd002d'
                    }
                    'src_server_core_ifs_ifs-reader_ts': {
                        table: 'sys_module'
                        id: '91718f730d064c3ca21888f74a7fc25b'
                    }
                    'src_server_core_ifs_oauth-scope_ts': {
                        table: 'sys_module'
                        id: '72b1f329a726432c9278750fa556b17d'
                    }
                    'src_server_core_ifs_rate-limiter_ts': {
                        table: 'sys_module'
                        id: 'b98469fd3d6d41ba91716d3d57ad1309'
                    }
                    'src_server_core_ifs_request-context_ts': {
                        table: 'sys_module'
                        id: '54b3bf2b897145ba93bab7f26049b87c'
                    }
                    'src_server_core_ifs_request-counters_ts': {
                        table: 'sys_module'
                        id: '819992462f944d88838c297f6bd0e052'
                    }
                    'src_server_core_ifs_source-fields_ts': {
                        table: 'sys_module'
                        id: '69723e59915e4c08905f4a3d22e2af6e'
                    }
                    'src_server_core_ifs_status-actions_ts': {
                        table: 'sys_module'
                        id: '344d852ff841455da637622783e024c1'
                    }
                    'src_server_core_ifs_token-failure_ts': {
                        table: 'sys_module'
                        id: '3e502179aa5f480e96d4f6d0f5e27539'
                    }
                    'src_server_core_ifs_token-manager_ts': {
                        table: 'sys_module'
                        id: '6480fa1dd9b247d0a1f02456bade5d49'
                    }
                    'src_server_core_ifs_transport-failure_ts': {
                        table: 'sys_module'
                        id: '5f8329fafc004e65b905df22fc896a44'
                    }
                    'src_server_core_lines_changed-lines_ts': {
                        table: 'sys_module'
                        id: '10672ffaa0b44965a83e19eb37888433'
                    }
                    'src_server_core_lines_document-line-rows_ts': {
                        table: 'sys_module'
                        id: '11c5003847b242cfae0d281f9e2ed930'
                    }
                    'src_server_core_lines_documents-by-key_ts': {
                        table: 'sys_module'
                        id: '351c458b56cb449cbcb75bb39c51d3fe'
                    }
                    'src_server_core_lines_key-ranges_ts': {
                        table: 'sys_module'
                        id: '930398936d084afaa694d49d9f099732'
                    }
                    'src_server_core_lines_line-queries_ts': {
                        table: 'sys_module'
                        id: 'c774391e7d694c86b983c10893345788'
                    }
                    'src_server_core_lines_line-reader_ts': {
                        table: 'sys_module'
                        id: '39f4e2618ea547ccb1ebfe37161a8b51'
                    }
                    'src_server_core_lines_line-scan-from_ts': {
                        table: 'sys_module'
                        id: 'edb08a4b7e26409c9ae088a87e71c304'
                    }
                    'src_server_core_lines_line-stream_ts': {
                        table: 'sys_module'
                        id: 'd395b921d5964d069d7137b91bda1be2'
                    }
                    'src_server_core_lines_parent-key_ts': {
                        table: 'sys_module'
                        id: '90d393d3c3a346bbb7aa1954afa69341'
                    }
                    'src_server_core_lines_removal-keys_ts': {
                        table: 'sys_module'
                        id: '0a390b4cda214b3795c7cb8455d3debd'
                    }
                    'src_server_core_lines_removal-sweep_ts': {
                        table: 'sys_module'
                        id: 'ae70c2708c7942a482436aa0f561e455'
                    }
                    'src_server_core_lines_waiting-lines_ts': {
                        table: 'sys_module'
                        id: 'b1f5d773ccba4f89930b6a6131bb645f'
                    }
                    'src_server_core_match_cited-references_ts': {
                        table: 'sys_module'
                        id: '4e4589760a4849c18e8904852018d68b'
                    }
                    'src_server_core_match_match-check_ts': {
                        table: 'sys_module'
                        id: 'b587a17cde254e049840228408b97fed'
                    }
                    'src_server_core_match_match-tables_ts': {
                        table: 'sys_module'
                        id: '8693052c3db148fbbfad2d8c22cfee30'
                    }
                    src_server_core_match_readiness_ts: {
                        table: 'sys_module'
                        id: '22e0c51c158a43a1a7cc4ced1cf30270'
                    }
                    'src_server_core_match_staged-rows_ts': {
                        table: 'sys_module'
                        id: '36b6cbc751354772af428d7d2c522e2e'
                    }
                    'src_server_core_odata_csdl_check-source-query_ts': {
                        table: 'sys_module'
                        id: 'aa9106f3519740c2bda7f0a95cb04c06'
                    }
                    'src_server_core_odata_csdl_metadata-answer_ts': {
                        table: 'sys_module'
                        id: '5703f53709bf4518bedb11acb0da216f'
                    }
                    'src_server_core_odata_csdl_read-csdl-json_ts': {
                        table: 'sys_module'
                        id: 'e6529d2e46734ef3a95a1460101e2dff'
                    }
                    'src_server_core_odata_csdl_read-csdl-xml_ts': {
                        table: 'sys_module'
                        id: '9a4e6a37b3ac4c7e8ae3c3085c3d955e'
                    }
                    'src_server_core_odata_csdl_service-metadata_ts': {
                        table: 'sys_module'
                        id: 'db732ede167e4ec580cad66de673cd30'
                    }
                    'src_server_core_odata_csdl_xml-tags_ts': {
                        table: 'sys_module'
                        id: '2ceed2a309b441f5b1225bd12e312910'
                    }
                    'src_server_core_odata_data-url_ts': {
                        table: 'sys_module'
                        id: 'c2549e10de48477da95b719081a99b4a'
                    }
                    'src_server_core_odata_json-body_ts': {
                        table: 'sys_module'
                        id: '84ca002473614ed781dbcc1b3f09b64d'
                    }
                    'src_server_core_odata_key-set-filter_ts': {
                        table: 'sys_module'
                        id: '6f710d801e2a449ca2d740ae4ba5ed15'
                    }
                    src_server_core_odata_query_ts: {
                        table: 'sys_module'
                        id: '9b1dfbd2bfaa4d8d82097333c4df1eb3'
                    }
                    'src_server_core_odata_render-query_ts': {
                        table: 'sys_module'
                        id: 'dd0d4ba5a3ef4783851cf96a34a53f11'
                    }
                    'src_server_core_odata_request-bounds_ts': {
                        table: 'sys_module'
                        id: 'ce68a220f76c4f03bb8e584c0abe456c'
                    }
                    'src_server_core_odata_url-parts_ts': {
                        table: 'sys_module'
                        id: '044c9a036eb54f928c3c5e44469e7a54'
                    }
                    'src_server_core_prerequisites_check-ifs-prerequisites_ts': {
                        table: 'sys_module'
                        id: '25312dccb8144c8ca6b98ee7eb4528c8'
                    }
                    'src_server_core_prerequisites_check-platform-prerequisites_ts': {
                        table: 'sys_module'
                        id: 'c7e279d665334a35881c29ac26f55024'
                    }
                    'src_server_core_prerequisites_column-kind-of_ts': {
                        table: 'sys_module'
                        id: '7d1c0e06418e4173bf1f81c201cd9350'
                    }
                    'src_server_core_prerequisites_field-map-check_ts': {
                        table: 'sys_module'
                        id: '2f88bfd5aa134cc3abc1d206a0eca8b5'
                    }
                    'src_server_core_prerequisites_mapping-proposal-text_ts': {
                        table: 'sys_module'
                        id: '2c0444e62a344fc1bd2ebc7cc5a1deb6'
                    }
                    'src_server_core_prerequisites_planned-source-queries_ts': {
                        table: 'sys_module'
                        id: 'a4e51e66c96b441ea57c3dd880d597b4'
                    }
                    'src_server_core_prerequisites_platform-requirements_ts': {
                        table: 'sys_module'
                        id: 'be515c8436d14d559907d2bc33246180'
                    }
                    'src_server_core_prerequisites_prerequisite-line_ts': {
                        table: 'sys_module'
                        id: '9c7f320a9e8c4f1ab911b9b4b5e3843d'
                    }
                    'src_server_core_prerequisites_propose-mapping_ts': {
                        table: 'sys_module'
                        id: '572e0bbd94d14072ae045f216d0d05be'
                    }
                    'src_server_core_prerequisites_run-checked-job_ts': {
                        table: 'sys_module'
                        id: '6616ad0af78f4ce09da73918a3135807'
                    }
                    'src_server_core_prerequisites_source-schema-check_ts': {
                        table: 'sys_module'
                        id: '406e7cb3f48e4598b40aa0d263a54d2b'
                    }
                    'src_server_core_session_connection-run_ts': {
                        table: 'sys_module'
                        id: '53223e96c8bb4b34b121165d899b53fa'
                    }
                    'src_server_core_session_connection-session_ts': {
                        table: 'sys_module'
                        id: 'd2757ea6817146d78dd7534f6e06904a'
                    }
                    'src_server_core_staging_create-stager_ts': {
                        table: 'sys_module'
                        id: 'e14eb00c62fc41e0a5a90c54ae053577'
                    }
                    'src_server_core_staging_dimension-mappings_ts': {
                        table: 'sys_module'
                        id: 'e41cd183981e4daca7bc8c5ae9ea055d'
                    }
                    'src_server_core_staging_document-writer_ts': {
                        table: 'sys_module'
                        id: '7072599fd136459e9c0887077b0a24a5'
                    }
                    'src_server_core_staging_enrich-and-validate_ts': {
                        table: 'sys_module'
                        id: '9224085bbb27483f80e7082611b8e561'
                    }
                    'src_server_core_staging_field-map-rows_ts': {
                        table: 'sys_module'
                        id: '3a9789dd4b1c4c3498d8cd44b6914b20'
                    }
                    'src_server_core_staging_field-maps_ts': {
                        table: 'sys_module'
                        id: 'cda5c88ebfbe4b95a5f27ff21a53868e'
                    }
                    'src_server_core_staging_flag-actions_ts': {
                        table: 'sys_module'
                        id: 'cf51ba8bb0a34387b30e97739617e44b'
                    }
                    'src_server_core_staging_flag-book_ts': {
                        table: 'sys_module'
                        id: 'da7fda9b36e24fa386f3089bad210b6c'
                    }
                    'src_server_core_staging_flag-reread_ts': {
                        table: 'sys_module'
                        id: '4248c73d05ad4b49aea0f16b4343d65a'
                    }
                    'src_server_core_staging_flag-retry-query_ts': {
                        table: 'sys_module'
                        id: '55cdd144d397407ebd34f5bad32fd137'
                    }
                    'src_server_core_staging_import-outcomes_ts': {
                        table: 'sys_module'
                        id: '6df1ee1e905d485d89c9a5e65d19420d'
                    }
                    'src_server_core_staging_line-ledger_ts': {
                        table: 'sys_module'
                        id: '1df48c9f03d5475988a1da9d9b736191'
                    }
                    'src_server_core_staging_line-rows_ts': {
                        table: 'sys_module'
                        id: 'e45e3c97e8cc4f478eb86d9b0fed3b52'
                    }
                    'src_server_core_staging_line-values_ts': {
                        table: 'sys_module'
                        id: '578972ba066541b291553cf599db8d5e'
                    }
                    'src_server_core_staging_line-writer_ts': {
                        table: 'sys_module'
                        id: 'a351d3b3e98e4015818359bffaa359b5'
                    }
                    'src_server_core_staging_map-document_ts': {
                        table: 'sys_module'
                        id: '1c392e63d23040439e8f7661bc987787'
                    }
                    'src_server_core_staging_map-lines_ts': {
                        table: 'sys_module'
                        id: '88b6680105034cde850c2da1e56d7b31'
                    }
                    'src_server_core_staging_master-data-cache_ts': {
                        table: 'sys_module'
                        id: '1cccef3642b644dfa4ebf8fbb25c675e'
                    }
                    'src_server_core_staging_new-key-batch_ts': {
                        table: 'sys_module'
                        id: '8e0a4a41e5e94970a4e0d48aa36c7bb8'
                    }
                    'src_server_core_staging_page-lines_ts': {
                        table: 'sys_module'
                        id: 'ffbd52056d0543dfac2d52f5610c5f49'
                    }
                    'src_server_core_staging_page-staging_ts': {
                        table: 'sys_module'
                        id: 'b5cda0e992dd4ecca0d638ced7345acd'
                    }
                    'src_server_core_staging_payload-hash_ts': {
                        table: 'sys_module'
                        id: '5e03498a797d4db7adf9a33987446156'
                    }
                    'src_server_core_staging_pending-line-outcomes_ts': {
                        table: 'sys_module'
                        id: 'b6c5c19bff674c2685cb9143b3b7937b'
                    }
                    'src_server_core_staging_pending-outcomes_ts': {
                        table: 'sys_module'
                        id: '8e22741248ec450c91f300e2cd525ab5'
                    }
                    src_server_core_staging_problem_ts: {
                        table: 'sys_module'
                        id: '700c42ef67d442f68c5d723713e44b42'
                    }
                    'src_server_core_staging_recognised-target_ts': {
                        table: 'sys_module'
                        id: '227949d9bbe54346ac16afc76dc0773e'
                    }
                    'src_server_core_staging_record-strings_ts': {
                        table: 'sys_module'
                        id: 'f5337b85a67041b98e88eb19b64cee65'
                    }
                    'src_server_core_staging_reference-lookups_ts': {
                        table: 'sys_module'
                        id: '054cfdd7b0f64c21952e722e30307b28'
                    }
                    'src_server_core_staging_reference-messages_ts': {
                        table: 'sys_module'
                        id: '0373d26c021f41be91111584dbc892b8'
                    }
                    'src_server_core_staging_removed-marks_ts': {
                        table: 'sys_module'
                        id: 'c27473cce99a43e38431c78183540e71'
                    }
                    src_server_core_staging_rotation_ts: {
                        table: 'sys_module'
                        id: '890ae678fa774b3e83abe1697150c373'
                    }
                    'src_server_core_staging_rows-where-in_ts': {
                        table: 'sys_module'
                        id: '315ef630a0724be796ea066033c31b13'
                    }
                    'src_server_core_staging_run-targets_ts': {
                        table: 'sys_module'
                        id: '34ff1d0a21cc4a48b8541e080dd74ea9'
                    }
                    src_server_core_staging_sha256_ts: {
                        table: 'sys_module'
                        id: '23a70f82cc3847ad828a1b2e37080863'
                        deleted: true
                    }
                    'src_server_core_staging_source-values_ts': {
                        table: 'sys_module'
                        id: 'b27cb6fefd8d47de99538bf8ac7b24e5'
                    }
                    'src_server_core_staging_staged-item_ts': {
                        table: 'sys_module'
                        id: '6ca9c9e0440142c38b616dfd195820a3'
                    }
                    src_server_core_staging_stager_ts: {
                        table: 'sys_module'
                        id: '08f9966cee6c4ef1a092bf6d506d0e1a'
                    }
                    'src_server_core_staging_staging-key_ts': {
                        table: 'sys_module'
                        id: 'f9e1eb4893ca44c8a7da3a385b3e8f34'
                    }
                    'src_server_core_staging_target-record_ts': {
                        table: 'sys_module'
                        id: '82d035f5808746ff8ea580901cacda6c'
                    }
                    'src_server_core_staging_waiting-line-flags_ts': {
                        table: 'sys_module'
                        id: 'b4dba07bfa2e437e9c73e3164bbc322c'
                    }
                    'src_server_core_sync_active-connections_ts': {
                        table: 'sys_module'
                        id: 'd1923cd54d704b56974978ffb60d65c4'
                    }
                    'src_server_core_sync_continuation-reason_ts': {
                        table: 'sys_module'
                        id: 'c071402279af43719106cd4a8a63068e'
                    }
                    src_server_core_sync_cursor_ts: {
                        table: 'sys_module'
                        id: 'fa6ee2c6b03643299d30007a4de816d1'
                    }
                    src_server_core_sync_dispatch_ts: {
                        table: 'sys_module'
                        id: 'ac544750e8ed4043ad5fa142fe4665ae'
                    }
                    'src_server_core_sync_keyset-pager_ts': {
                        table: 'sys_module'
                        id: '608d47d8fd164c7ca5ac6657b7733b99'
                    }
                    src_server_core_sync_lease_ts: {
                        table: 'sys_module'
                        id: '72c3341317db4577bb9e0e1a3a601a8d'
                    }
                    'src_server_core_sync_line-scan-step_ts': {
                        table: 'sys_module'
                        id: '1b2176afbcda47338f8d93517ad62f03'
                    }
                    'src_server_core_sync_page-placement_ts': {
                        table: 'sys_module'
                        id: 'bbf06bbe72db4aacbc2db93024276498'
                    }
                    'src_server_core_sync_page-sink_ts': {
                        table: 'sys_module'
                        id: 'fb9689c4533c46ae955a60f9ef349eb3'
                    }
                    'src_server_core_sync_partition-sync_ts': {
                        table: 'sys_module'
                        id: '5f6b6ab1a3ba41b78030198e70bfe926'
                    }
                    'src_server_core_sync_positions-read_ts': {
                        table: 'sys_module'
                        id: 'f4c57b78678e4632b6374ab23864e6a9'
                    }
                    'src_server_core_sync_removal-step_ts': {
                        table: 'sys_module'
                        id: 'fc2917382dc8406ea4a12fec6fd33385'
                    }
                    'src_server_core_sync_row-scope_ts': {
                        table: 'sys_module'
                        id: 'b348fcdd9ec8438490ca52d6f1626cac'
                    }
                    'src_server_core_sync_run-counts_ts': {
                        table: 'sys_module'
                        id: 'b5d88d0564bc42e0b446451f80a5e410'
                    }
                    'src_server_core_sync_run-job_ts': {
                        table: 'sys_module'
                        id: '3c0a1b3810374623a4015dd4e9234fdb'
                    }
                    'src_server_core_sync_run-record_ts': {
                        table: 'sys_module'
                        id: '621ce3d136e646ddbf6886d4a0fc3c45'
                    }
                    src_server_core_sync_stamp_ts: {
                        table: 'sys_module'
                        id: '34cfab6942df4962b00c3a1c1ac8f89c'
                    }
                    'src_server_core_sync_sync-state_ts': {
                        table: 'sys_module'
                        id: '0d6eb23352fc46b8868b982d3bff3db6'
                    }
                    'src_server_core_text_name-similarity_ts': {
                        table: 'sys_module'
                        id: 'b4979823c20b46dd9138b4ffede6c700'
                    }
                    'src_server_core_text_nearest-name_ts': {
                        table: 'sys_module'
                        id: '41153c3ca0ab4ef7a2c2a308cc815efe'
                    }
                    src_server_entry_continuation_ts: {
                        table: 'sys_module'
                        id: '0e1b40cf4e5f48ccbf7e848c2849ccee'
                    }
                    'src_server_entry_events_continue-event_ts': {
                        table: 'sys_module'
                        id: 'b9475fd6496945db8bc1452b4f9c69e7'
                    }
                    src_server_entry_job_ts: {
                        table: 'sys_module'
                        id: '5c659048a5a84d0d85642bdeeb462afe'
                    }
                    'src_server_entry_ui_connection-actions_ts': {
                        table: 'sys_module'
                        id: '71d21a9de5f14b21949d5c9e381ec776'
                    }
                    'src_server_entry_ui_default-type-rows-rule_ts': {
                        table: 'sys_module'
                        id: '7c9027b5cbdf4cf687714d3147222653'
                    }
                    'src_server_entry_ui_flag-actions_ts': {
                        table: 'sys_module'
                        id: '63187d27742a40f8842da7620221adc0'
                    }
                    'src_server_entry_ui_guard-flag-edit-rule_ts': {
                        table: 'sys_module'
                        id: '40bcecc7a14e4b558374b8a5d6fca31d'
                    }
                    'src_server_entry_ui_refuse-invalid-save_ts': {
                        table: 'sys_module'
                        id: 'dfce9f1b18b0489b8019f0229cfefbfe'
                    }
                    'src_server_entry_ui_show-messages_ts': {
                        table: 'sys_module'
                        id: '3d7a4fad5078445891f2217f9bb6af29'
                    }
                    'src_server_entry_ui_validate-connection-rule_ts': {
                        table: 'sys_module'
                        id: 'd1a1123972904ac08fcda9e495779e4f'
                    }
                    'src_server_entry_ui_validate-connection-type-rule_ts': {
                        table: 'sys_module'
                        id: '6abffbb30fd8448a9dbb873fe45a9bd7'
                    }
                    'src_server_glide_create-glide-ports_ts': {
                        table: 'sys_module'
                        id: '6542a96d76a640c897aab8d8ae7a9e3e'
                    }
                    'src_server_glide_glide-clock_ts': {
                        table: 'sys_module'
                        id: 'c1cf8b4dac4841578912c082b92939d6'
                    }
                    'src_server_glide_glide-digest_ts': {
                        table: 'sys_module'
                        id: 'b14c1fbd3e9947f5ae2f18eae26183e5'
                    }
                    'src_server_glide_glide-http_ts': {
                        table: 'sys_module'
                        id: 'ad6c68e56d024342997d3dbe63577d15'
                    }
                    'src_server_glide_glide-import-transform_ts': {
                        table: 'sys_module'
                        id: '3916a0c555e640a1b1bea41e68ab022c'
                    }
                    'src_server_glide_glide-log_ts': {
                        table: 'sys_module'
                        id: '76001cc392474ed78e1a6c753960c50c'
                    }
                    'src_server_glide_glide-platform_ts': {
                        table: 'sys_module'
                        id: 'b7b8a9f265544b04b6e791f3f30266aa'
                    }
                    'src_server_glide_glide-scheduler_ts': {
                        table: 'sys_module'
                        id: '88c5283d62ad4534874963a922696897'
                    }
                    'src_server_glide_glide-store_ts': {
                        table: 'sys_module'
                        id: '4c5b36a970a143bebb746280c1af47a8'
                    }
                    'src_server_glide_glide-token-source_ts': {
                        table: 'sys_module'
                        id: 'a3d68bfe14034dbd954f2771be65e06a'
                    }
                    'src_server_glide_rest-message_ts': {
                        table: 'sys_module'
                        id: 'c87384f3ffc34677b15296edc2e36b2a'
                    }
                    'src_server_glide_sync-job-user_ts': {
                        table: 'sys_module'
                        id: 'eea76287676e4a9fb96498cf562f4ae8'
                    }
                    src_server_ports_clock_ts: {
                        table: 'sys_module'
                        id: '3e6c6043a9ff433594500a00ae680c91'
                    }
                    src_server_ports_digest_ts: {
                        table: 'sys_module'
                        id: '4babfdcb9e454bd7aa25021f9e7c4167'
                    }
                    src_server_ports_http_ts: {
                        table: 'sys_module'
                        id: '422810fc00fe4b8e828aa8874cdb7574'
                    }
                    'src_server_ports_import-transform_ts': {
                        table: 'sys_module'
                        id: '76a4414ea4074eb88ace009ae7df72e1'
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
                    'src_tables_connection-type_ts': {
                        table: 'sys_module'
                        id: '51b0f0e1b5e54c36a0ed7a8e86437dc7'
                    }
                    'src_tables_dimension-map_ts': {
                        table: 'sys_module'
                        id: 'b20cf1f4c9d7453faa8205336646d217'
                    }
                    'src_tables_field-map_ts': {
                        table: 'sys_module'
                        id: '53a627f9ee824e0a8f4477f831c63713'
                    }
                    src_tables_flag_ts: {
                        table: 'sys_module'
                        id: 'f44cdbbf97cc413292ff60715b260366'
                    }
                    src_tables_index_ts: {
                        table: 'sys_module'
                        id: '9de403360be14bd3883bcc8b2f6ea113'
                    }
                    src_tables_numbering_ts: {
                        table: 'sys_module'
                        id: '7b10ed1799a641ae93c6fc3b7eca0bee'
                    }
                    'src_tables_object-type-choices_ts': {
                        table: 'sys_module'
                        id: '8e8bd9a61044430c90722b9ee2651a88'
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
                    'src_tables_shared-columns_ts': {
                        table: 'sys_module'
                        id: '152b4a36a4e54de3af3e3664fccb62fa'
                    }
                    'src_tables_staging-key_ts': {
                        table: 'sys_module'
                        id: '11dbd3d71c234357907c371129efbab7'
                    }
                    'src_tables_sync-state_ts': {
                        table: 'sys_module'
                        id: '013a6996b03d43699b934c27c4afa9c9'
                    }
                    ui_action_ignore_flag: {
                        table: 'sys_ui_action'
                        id: '20877cd07fd34ccd8542f794bda0512e'
                    }
                    ui_action_ignore_flags_list: {
                        table: 'sys_ui_action'
                        id: '57a895d4377c40bfb62d89941432b442'
                    }
                    ui_action_propose_source_mapping: {
                        table: 'sys_ui_action'
                        id: 'fdaa4040f8484ea7b168bfc007dd68ef'
                    }
                    ui_action_release_lease: {
                        table: 'sys_ui_action'
                        id: '16e9c686817f40e998e77f8e6ac139f1'
                    }
                    ui_action_reset_cursor: {
                        table: 'sys_ui_action'
                        id: '2801e690b75e47a18c39c6f999155433'
                    }
                    ui_action_retry_flag: {
                        table: 'sys_ui_action'
                        id: '59e3b0619252498babb331535d832b26'
                    }
                    ui_action_retry_flags_list: {
                        table: 'sys_ui_action'
                        id: 'daa575b49c3a46239d52e633c8b6c7dd'
                    }
                    ui_action_run_now: {
                        table: 'sys_ui_action'
                        id: '460757a2d0a54ce697425d7b7b1a26f3'
                    }
                    ui_action_test_connection: {
                        table: 'sys_ui_action'
                        id: '14ba1cd3eed440b5aaf62d5384fa341d'
                    }
                }
                composite: [
                    {
                        table: 'sys_documentation'
                        id: '00a45f500f34441ba543c26148833f12'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'consecutive_failures'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '00d7f4faa9ed4c199a29fdb40bef2fc6'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '014d042e88a741c6aa7ba4775c31fa48'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'state'
                            value: 'open'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0182652add1646d68f44a14a0d1822d3'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'overlap_seconds'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0199f7173dfa47e6bd47307134eeac10'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'skip_out_of_query'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '01f56215b30743f5aa4cd0d1c584862f'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'object_type'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02c57196c4de40b99953fb7e04744761'
                        key: {
                            document_key: '0ad5e55c565348d9b5a4ba82c6c3b6d8'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '02dd7c2706e44ac38519a387dbe46ee6'
                        key: {
                            sys_ui_form: {
                                id: '4467acc4f1ff456a9c4070e710f1d41b'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '02e183605c0b4ff4bd157602b7a39627'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'preset'
                            value: 's2p_import'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '03cb4e38afa343a59fcaac4797f5b31f'
                        key: {
                            sys_security_acl: '94538a6960eb4c9eb3b508364457cb9e'
                            sys_user_role: {
                                id: '4c57cf9950e64aa1aca3dff72f342fd8'
                                key: {
                                    name: 'x_mlc_ifs_s2p.ap_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_number'
                        id: '03f66f2e9118402ea0b24599fa942dae'
                        key: {
                            category: 'x_mlc_ifs_s2p_flag'
                            prefix: 'IFSFLG'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '03fd9a5e7fff412f8400c5229fa69b25'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '040ddc7547314460a7903862893989fd'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'read_page'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0431c68f490545389fca5da34674b24d'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'cursor_after'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0482a6d1efd14e6580f225b11f64f758'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'object_type'
                            value: 'supplier_invoice'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '04a09db50b3c48259546fdfe358c10f2'
                        key: {
                            sys_ui_section: {
                                id: '19a2a3d1b1fb4a3cb5ba00aaf25aaaa8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'IFS tenant'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'tenant_url'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04a7f28e5c494102a70d807c9c837924'
                        key: {
                            document_key: 'f6d86e0818fc4860995283ec3dff348c'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '04ea33a84bab4138b847227941df5201'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'source_key_hash'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '053bca42a64a4261a37dfb4d0c59ffe5'
                        key: {
                            document_key: '6ef806ff16d64720af89823127ea3014'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '059ac16af4e94a99ab448ea4721da35b'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'field_map_preset'
                            value: 's2p_tables'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '059baf2c7935471ab45d2086597d0e0c'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'last_run'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '061b0709f24b40459f6adc96559192d7'
                        key: {
                            document_key: 'f6352cac52514d74a144edee586f783a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '062c014f42e24769b967421f2ab03016'
                        key: {
                            sys_ui_section: {
                                id: '19a2a3d1b1fb4a3cb5ba00aaf25aaaa8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'IFS tenant'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '068f80f139044b5ea2675bbb16a46eff'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'duplicate_count'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '06d19a98133e4f8ab113ba0da0a0fb55'
                        key: {
                            document_key: '0ad5e55c565348d9b5a4ba82c6c3b6d8'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '06f0fc81e5b44f6ca9bb6e2abf596118'
                        key: {
                            sys_ui_section: {
                                id: '71ba7504c6d44b2b99ca421bed2a6441'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Status'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0720f9bcee5e455298ab4f06f99ee165'
                        key: {
                            list_id: {
                                id: 'f8c4063847e7468a8629370899702741'
                                key: {
                                    name: 'x_mlc_ifs_s2p_sync_state'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '07c8d70753fc439bafb99e296b05280d'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'started_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0800c0361eed4d118d2ab25ada1214d4'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'valid_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '080ba3659aea4f7e81bc0f5bd2562804'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '08157819aa4f49d0ae56b55a72fe3108'
                        key: {
                            list_id: {
                                id: 'e936d99deed745f49d29178625b2552e'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '092a415269d9460382a0e738bce1c5d9'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '09cdc3efd3fd434dbb0dd42010c17a52'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'produced_sys_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '09ddb7d52b5a4f1b90507f1c90f664d5'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '14'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0a2ab673eb284e1085eda546be0f827e'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'supplier_entity_set'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '0a4ddf435f8a4cb4805229dc2ec8fa80'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0a5621af20604b0faae9c799eff946f1'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'source_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0b4281c4c1a548ba945417c6713ac236'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'flagged_count'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0b8035d1c48448a28fe4f792a2df3a1a'
                        key: {
                            list_id: {
                                id: 'a95f3ccf7470400da409173c63f675fa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_run_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0bd54d6aff2a4e29b37d8475de950f03'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'lookback_seconds'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            caption: 'Run'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0c8ac601783a41e7a6592edd6494b104'
                        key: {
                            list_id: {
                                id: '58b10628e245450194c3bd51b5d22151'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0caf51095684480bba45b9b90a2ef9d3'
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'overlap_seconds'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0ce385d822ec4635b2ff4fefb2c1e43c'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'overlap_seconds'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0cf4707babb84ab98400a9f58bc281fd'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'valid_from'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0cf58f7d3dc34a05a0c092d7e4004601'
                        key: {
                            list_id: {
                                id: '9e6eb188f2044201b1b5a8ef325d10c8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0d79b781a6194a76853bd467f2e5baf7'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'resolved_count'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0de726f345ab446998feccb5cc94e42f'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'trigger'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0dfc9e77ccdc46e3b37f703ebaaa4111'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'object_type'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0efa6e18c6b34aed8e6a74d5e668f6f7'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '17'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0f302a834fb8497cb852be46901ae465'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'skip_duplicate'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0f5ab78f476143428e2aa01d67253ce7'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'status'
                            value: 'running'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1094ee23ae1a42e183931eca2743f587'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ed0b6e8f1a034caf9b88deeeacbed551'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1097c96b671640bbb231cdff33a6ed51'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'token_scope'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '10b9e6779379465cb88dae8ba7edd648'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10c44dc3d29942c1a3eecf10f20e8c0c'
                        key: {
                            document_key: '112129c0e2824f7f9c054bd8738550d6'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '10e8aae7d16b403884b094456bb44b52'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '1aac84c5b91f4381874d1b43085c14eb'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1129b8862475450fb764464ca1839aa3'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'lines_checked_at'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '117eb37f614947feb873303bef0773fc'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'reason'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '11ba4ae87f1a40f88d3aab78bda67baf'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'token_url'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1261975ec15b42bb9ef2b7db1fbc210b'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'deferred_until'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '128881806fcf4b9d94131f431df6ce61'
                        key: {
                            sys_ui_section: {
                                id: '19a2a3d1b1fb4a3cb5ba00aaf25aaaa8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'IFS tenant'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1290049fdf264bd8a3af1418b5653d5f'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'object_type'
                            value: 'purchase_order'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '12a70c7b281a442b9117bc87724ee6c9'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '130c3ca884e949a6b08428efdece261e'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'lease_owner'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1347a95186b3474cbdc10c8ec8483de8'
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'supplier_entity_set'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '138d5430bd3b441aa258ecf4a1787703'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'source'
                            value: 'auto'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '141705ebbaea4750b7c671ab036658ef'
                        key: {
                            list_id: {
                                id: 'f8c4063847e7468a8629370899702741'
                                key: {
                                    name: 'x_mlc_ifs_s2p_sync_state'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'deferred_until'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1450ccea278647b2a7069e89bec24f95'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'valid_from'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1456d46f545e40c0a88b61f0243eafa3'
                        key: {
                            list_id: {
                                id: '9e6eb188f2044201b1b5a8ef325d10c8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'preset'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1490f6e9bf034d4a9bace5ca494556ed'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'oauth_profile'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '14a7c64cf64045e08122780d4690914b'
                        key: {
                            sys_security_acl: 'e3fdae7ccf8a4358937b496796bfcd91'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '14e168934fee4fb18dada7db4ad59b12'
                        key: {
                            sys_ui_section: {
                                id: '19a2a3d1b1fb4a3cb5ba00aaf25aaaa8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'IFS tenant'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '154ee12ccc6c4f20934282402fa848e1'
                        key: {
                            list_id: {
                                id: 'e936d99deed745f49d29178625b2552e'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1611510645b0430da714ff08ea94b755'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'error_count'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '16456c58a8a74c04aaad3d9dc386cecf'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'defer_reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '167fb0205f6643a18e972f9932c3723a'
                        key: {
                            sys_security_acl: '0bada2d822ee4cf598dad4bb3c1b367c'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '16c66fad8d6a49df8aab41bcfed594fb'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'page_size'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '177d77e5835f48b7a50aa559dc41fb85'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'source_kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1793c7d1634d46ae820415bf2b0d60d1'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'removal_check'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '17960d41dda640d29d2dfbdfdeca9545'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'state'
                            value: 'staged'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '17b1d66f364d4c138a2502973d98a55e'
                        key: {
                            sys_ui_section: {
                                id: '71ba7504c6d44b2b99ca421bed2a6441'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Status'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'lease_expires_at'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '18a405021bb2424191df5f0e013295dd'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'staging_key'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '191c817c6cee419897eb8d96cd85e349'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'request_ceiling'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '192c6a2ccd8c4c0f98dfb20adc2b5af4'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'source_overrides'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '19316e3a452044d792c328a5a799324e'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'target_table'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '197d5089700f47ae826337aa71bff0ac'
                        key: {
                            sys_security_acl: 'c9c402a94e51454b9b9332409b850429'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '19a2a3d1b1fb4a3cb5ba00aaf25aaaa8'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            caption: 'IFS tenant'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1a1b53b7a45c404c8014fe8f1266035c'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1a3e0dd2b379470ead1dd5a73a217492'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1b04f23d80714d6084f39a24d9e32f20'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'overlap_seconds'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1b0be6a9daa74fa8b03267c725838def'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'cursor_before'
                            position: '19'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1b3f3599231647e8b5c34177b0bbb92b'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'transform_mode'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1bb119e1131748f5af7add080df01894'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'company'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1bb53da7e07e4662b088d1c539af3384'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1c200bc40ada42e6bf9e694aebf41a8e'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'source_kind'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1c78412d543a4190845fd2060493bc82'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'state'
                            value: 'resolved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1cf24827224b45ad8d04a1d553a51a1c'
                        key: {
                            list_id: {
                                id: 'a95f3ccf7470400da409173c63f675fa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1cffa7edfdba4889873b548af6c2fcad'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'client_id'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1d0690c9e99347f0afd93b5b79e7e284'
                        key: {
                            list_id: {
                                id: 'f6c81c13414c413180cc9cbb3447fe31'
                                key: {
                                    name: 'x_mlc_ifs_s2p_dimension_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sn_value'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1d1837f1594c4d959223072fa3decf0d'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'trigger'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1d1dcd5bf0cc41abafcf37393c44c5e4'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'page_size'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1dab29dfa3a24d0a8937553257cb9ae0'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'external_invoice_source'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '1e1b46e5d2934e94b2d4e38ceb8833c0'
                        key: {
                            sys_ui_form: {
                                id: '46c289d45f9643d1aa28699be5688174'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1e1e3c12cacc47dc89b36dd68f6bb434'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'number'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1e24b831a2fc492eb602d0d7059831a7'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'last_run_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1e30e88cd5ae469b9d0302012354bfc6'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'overlap_seconds'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1e478cb7950245688a9cd7143f7e9f17'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'object_type'
                            value: 'supplier_invoice'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1eae779a2c2e4b10883ab7fd12463348'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'last_run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1ec00222550049fc9818ac0455438335'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'updated_count'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1f3aeee14ec04624892b30ff58f7b9ad'
                        key: {
                            sys_security_acl: '1d5e67739f954ba58eec72f65881c4a1'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '20667c9ba6d4476ea28c883f17a16709'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '208fff18abc14fcca0546ed21cce6cfc'
                        key: {
                            sys_ui_section: {
                                id: 'dd9f2e5e1bd044199834c7ce0b144810'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'oauth_profile'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '21133dfcc70a40af9ea33d63ea3d5865'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'dimension'
                            value: 'gl_account'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2136610f79d14f1aa2486cb15834a55d'
                        key: {
                            list_id: {
                                id: '74099632364e4c909e9dac7009cff5a2'
                                key: {
                                    name: 'x_mlc_ifs_s2p_staging_key'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'match_summary'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '21495556acff4f44872bb2ccb4cdb730'
                        key: {
                            sys_ui_action: '59e3b0619252498babb331535d832b26'
                            sys_user_role: {
                                id: '4c57cf9950e64aa1aca3dff72f342fd8'
                                key: {
                                    name: 'x_mlc_ifs_s2p.ap_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2170bfcce6be4742ace55d4ba7ae6ed1'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'document_number'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '22d5f978fc904be5b157710bcb82813f'
                        key: {
                            sys_security_acl: '30fde6a8bad146b4839bbb13bdf2cfd2'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '234eaa790fd94da398f8d8984d55bb85'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'preset'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '237334c9a1f94f68ad31f4baead4888d'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'sync_orders'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '24a284117545487d85d395d21d41a1fe'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_state'
                            value: 'no_lines'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '24b38824a98d4fcba169b6877e3936c4'
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'companies'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '251eea27d2ed4727ba05dda4b1c64a59'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'preset'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '25316c1b9f714fae95f88d79faf59949'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'inserted_count'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2571ef601e914a929804209a19d43bb9'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'external_invoice_source'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '25b4ffc48a824704aae6ba659c5d360e'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'error'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '25c4e046792f45abb7a4d0eea2fc78c2'
                        key: {
                            document_key: '994fd29087aa4bd781b849d9ac53da32'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '25e5eeb62f724685b392a93797b5e705'
                        key: {
                            sys_ui_section: {
                                id: '71ba7504c6d44b2b99ca421bed2a6441'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Status'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2673ea01ef27408fbe6ae61479728f06'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'entity_set_path'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '267e3831e1fe4e68bd4589f5401ede10'
                        deleted: true
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'invoice_entity_set'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '26ba13f546c3499584578215490455a8'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'field_map_preset'
                            value: 's2p_import'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '26e400c9f20d44a88f348a0af9b3b544'
                        key: {
                            sys_security_acl: '3bda77ec592147e4b322f4ea1006f3d4'
                            sys_user_role: {
                                id: '4c57cf9950e64aa1aca3dff72f342fd8'
                                key: {
                                    name: 'x_mlc_ifs_s2p.ap_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '26edcaec390743a383ced386cea1630a'
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'header_wait_hours'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '27055b6e3e4041d491f627a9dc9d9d7d'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'duplicate_count'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '272d28f052454955a9dbbe7e7c8705bb'
                        key: {
                            list_id: {
                                id: '9e6eb188f2044201b1b5a8ef325d10c8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'source_kind'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2744d2068d2844d7ac064f22359b0a7d'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'transform_state'
                            value: 'skipped'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '27c39be9f6784238a430512e50d87504'
                        key: {
                            list_id: {
                                id: 'e936d99deed745f49d29178625b2552e'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'throttles'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2875e2c0ec8849ccb67867701b9527a7'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'oauth_profile'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '28a6b92b333f4d2283c0b12dbc5ae4c3'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'throttles'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '28c78e528ee644d7a4b55cb4d0c218ff'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'line_scan_from'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '29a1fb548d4e4d51a1235fa086bf4e4c'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '29e745e9e3eb49ada510d7987d6ceed4'
                        key: {
                            sys_security_acl: '7026a944bd954a4a834c3c01cb49b682'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2a3d04cade074923b4ca1f830ab72991'
                        key: {
                            sys_security_acl: 'edeaa324e82b4fd38d7d98b0aa6ae8b0'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2a8767f03ff34597ac94b9759571a94b'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ended_at'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '2aabbbdb5d4e4034aeee49643ecee2f7'
                        key: {
                            sys_ui_action: '20877cd07fd34ccd8542f794bda0512e'
                            sys_user_role: {
                                id: '4c57cf9950e64aa1aca3dff72f342fd8'
                                key: {
                                    name: 'x_mlc_ifs_s2p.ap_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2b027ad0b9354cfe957b7d1312f9c0e4'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'cursor_after'
                            position: '20'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2b450658c4ac40fb9a7a12346e0da75c'
                        key: {
                            sys_ui_section: {
                                id: 'db18f0cf8a4b44faa925a90a9a082d76'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Targets'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'external_invoice_source'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2b45a792e63e4e49b12faa6f3c3186bd'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'gl_account_entity_set'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2c0f7aae1e644fb3aa909e53acd41547'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'reason'
                            value: 'missing_header'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2c155b70f2644e48af089fe22bbc8972'
                        key: {
                            list_id: {
                                id: '9e6eb188f2044201b1b5a8ef325d10c8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'target_table'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2c197e9a3c654cf28ba6a634b4d07c1c'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'sync_invoices'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2c51cf4af49c48d49f00a3b59d1995c9'
                        key: {
                            sys_security_acl: '3bda77ec592147e4b322f4ea1006f3d4'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2ce665094b874744949af41bde0b09ad'
                        key: {
                            sys_security_acl: '8df5396d201e45b8927bc150405b2e1d'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2cebe12e41384fdea8816743ec440a68'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'produced_table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '2d04c54107a74348abf71c6ff0f9a6a0'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2d1897bb15db407bba71ba76dbfb3fa6'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '2da6e938d18642a292cf29782ba9a2f6'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2dcd247a742141fabb1e6a05d10c2ada'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'error_count'
                            position: '14'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2de51f29a4e14ede80214cac8dc08cca'
                        key: {
                            sys_security_acl: '857366f855d94c1689881fb1ffa37d9a'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2eb740e891ef4aa696599ad99e92c5ce'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'waiting_lines'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2ef3ca1c681b4e9983ae21d38f6331b2'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2f134eb337594675bcb28f8b759ef6a7'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'object_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2f2d92c347054f2b9643352824d3f979'
                        key: {
                            sys_ui_section: {
                                id: '71ba7504c6d44b2b99ca421bed2a6441'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Status'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_run_at'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2f7c75bfe2e243a69cd098717f4400fd'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2fd65b6d22934f77baf592478d9ea158'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'last_run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '302b1034298d44c8a7bc70ed7c36198e'
                        key: {
                            list_id: {
                                id: 'e936d99deed745f49d29178625b2552e'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'trigger'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3039d052a4854268a72fb18762644c61'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'transform'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '307659be9f874102bbb5465e62fce295'
                        key: {
                            sys_security_acl: 'c4d311a88bc444babc2e4e1d3c83cf8b'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '30bd63c5df0b4b459dcc931c18efa6be'
                        deleted: true
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'order_entity_set'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '30fead418cbc41618112fec345524530'
                        key: {
                            list_id: {
                                id: '6159db84086a437ea9ecd673604bbbc1'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'target_table'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '31358ee399b54bc2b41dd99e743f9bf9'
                        key: {
                            sys_ui_section: {
                                id: 'dd9f2e5e1bd044199834c7ce0b144810'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'token_scope'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '324b425beaaa4627b6f5d8df7a0e9c6e'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '32a90efddda345ed84d3f0f9e773f38c'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'allowed_host_suffix'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '32c1b52384214f1da2e040428c285df0'
                        key: {
                            sys_security_acl: '67526ce3d9104ee49523502729c5ee61'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3390b5daafbf4c99ab4e4d68f9065222'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'waiting_lines'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '33a98c0849ae4717903d96edac2daf59'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'field_map_preset'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '33b7d1cc3a65451d821b1544de9ff570'
                        key: {
                            sys_security_acl: '63b38e4c35fe41af81eaa3045df485a0'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '33e4ff1d7a9e47c0b1e2b259f288703b'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'flag_ignored'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3434e6bbc1da46d287b814ca630e48fe'
                        key: {
                            sys_ui_section: {
                                id: '71ba7504c6d44b2b99ca421bed2a6441'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Status'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '12M.x_mlc_ifs_s2p_connection.x_mlc_ifs_s2p_flag.connection'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '34409c0c55b94811be923f70acecfe5a'
                        key: {
                            sys_ui_action: '2801e690b75e47a18c39c6f999155433'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '346035176a4849739b290c1572a102ae'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'deferred_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '346fc837f8c24c7ebbda62bfe28005cf'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'source_kind'
                            value: 'lookup'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '34edebeedc6843d78e73a732e1ff2664'
                        deleted: true
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'invoice_target_table'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '34f9b96d49a14f7683e8db91da810526'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'source_hash'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3502281e6ab84fa5aa0827c5b57b3bad'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '354077d61d184c2e9c8b5058638fe0e9'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            caption: 'IFS payload'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '35abe17e70094a8eb0fd2d8df3c4f05c'
                        key: {
                            list_id: {
                                id: 'a95f3ccf7470400da409173c63f675fa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '35b482b12b7a43bca1c1cabaa8b6250f'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'throttles'
                            position: '17'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '35d55177f7b84b1aa2ad3bdf528e7d38'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '363007f2bfdd4bbfa067215df1c3cb0b'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'transform_state'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '366aab2b3cf0409faa1150f44fc05617'
                        key: {
                            list_id: {
                                id: 'f6c81c13414c413180cc9cbb3447fe31'
                                key: {
                                    name: 'x_mlc_ifs_s2p_dimension_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'ifs_value'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '369bb44ee6954f74acd92321cb2dfe1f'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_summary'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3739ed069b2f410f8d1275fee9935453'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'supplier'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '37809915b0c54115a7903427dbf01d73'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '37dc880b166f4b0c8308f2b8eb318fce'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'staging_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3833ed29350f408ab1afa911e7e16817'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3846165805c94eca8f6eb677bff8ca01'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'first_run'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '38583014b9434ed5a75840003499f45c'
                        key: {
                            sys_security_acl: '30fde6a8bad146b4839bbb13bdf2cfd2'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '387855c77112499ea13559000c1cc3a7'
                        key: {
                            list_id: {
                                id: 'f6c81c13414c413180cc9cbb3447fe31'
                                key: {
                                    name: 'x_mlc_ifs_s2p_dimension_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'valid_until'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '38e5c2a2c5ec40a2b4474082f62f6b8b'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'reason'
                            value: 'unknown_cost_center'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3912251488764b5795e4f879c7116d27'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'source_kind'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3929fffd163f4fdc93e2a58109401516'
                        key: {
                            sys_security_acl: '3599282e94604c889e5886ff2eb31b1d'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '394b7ce9d0444a98a9ba6083e8e1435e'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_state'
                            value: 'waiting_for_receipt'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3980ad8988fb41c6aad08d79bef0f702'
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'request_ceiling'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3a6c559358c941aa8ec3d11b64d094a9'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'level'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3a939ac5bde244dfbb20babcdc08e064'
                        key: {
                            list_id: {
                                id: '6159db84086a437ea9ecd673604bbbc1'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'entity_set_path'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3ac2ccb508c24e1893a068048066b5e9'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_state'
                            value: 'waiting_for_po'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '3c1b687c6e0c4369b120236dc80f534e'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3c28dcaf88da454aafa6b65fe29d1cd6'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3c9a77e280ca40ca9ec19222700fa08f'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'target_table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3d04dfbb548c4e478d14c0e9be492e03'
                        key: {
                            sys_ui_section: {
                                id: 'dd9f2e5e1bd044199834c7ce0b144810'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'token_url'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3d61af3ce8dd4b5b917102e29c6d0dd7'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'f6352cac52514d74a144edee586f783a'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3e3d009e66734af48335f6ee1d8a5027'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3e53d328a9a2461eb248cceeace88214'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3e5cfb94a7c44866813a4a81e70d7771'
                        key: {
                            sys_security_acl: '2aca1d8982854a389a24c38058d294ff'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3e883938c5d34949947ff6687f8a8cd1'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3eb3b9bef19d4c73a4bef5b41e555174'
                        key: {
                            sys_ui_section: {
                                id: 'b94300e4c91648769a6e8bda7ea72eab'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    caption: 'Document type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'connection'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '400bf800b6434b2dbecab683435c2356'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_state'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '40d971fd1fc54f71911c992f6e34e303'
                        key: {
                            list_id: {
                                id: '74099632364e4c909e9dac7009cff5a2'
                                key: {
                                    name: 'x_mlc_ifs_s2p_staging_key'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'match_state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '40f6b88d618a45cfae9c4d48694ba0ac'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4114e878e379419db16ec19f8406b9fb'
                        key: {
                            document_key: '994fd29087aa4bd781b849d9ac53da32'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4125f87c34af4df1802a0aa9d01729d7'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'supplier_number'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '414d74ed48ef46cf871191bcc2c0d3a9'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'companies'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4177cfaf4c3b44c2996f8eb5f00ee1d9'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'updated_count'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '41adb9d20c924711978c1f2ef1fe696f'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'trigger'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '41d25a2030c045dc8be959d2a9484e14'
                        key: {
                            list_id: {
                                id: 'f6c81c13414c413180cc9cbb3447fe31'
                                key: {
                                    name: 'x_mlc_ifs_s2p_dimension_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'valid_from'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '41d36233acb4434ea1ac5bab22221aa6'
                        key: {
                            list_id: {
                                id: 'e936d99deed745f49d29178625b2552e'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '4216bce6d34b48058477901115aad996'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '425fce1af96c433dbf6cb6ad0849a107'
                        key: {
                            sys_ui_form: {
                                id: '4467acc4f1ff456a9c4070e710f1d41b'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'dd9f2e5e1bd044199834c7ce0b144810'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '429cfb1620f44f61a59b2ac49de93695'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '42d99d834c624989ad9c84706220b471'
                        key: {
                            sys_security_acl: 'fda9786a6cf84025afd2abad20378765'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '42e3635d936c4b6aa1aa84b2689ec19c'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'first_flagged_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '43088aac6a064058ba8470cc2c43c973'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_state'
                            value: 'ready'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '43dfde4b9d184dae97c80ec8e7548aa6'
                        key: {
                            sys_ui_section: {
                                id: 'b94300e4c91648769a6e8bda7ea72eab'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    caption: 'Document type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'source_overrides'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '43e69681ea19479e91a4cfe943dc55c6'
                        deleted: true
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'invoice_target_table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '43f8731260f24128859ea7baf2c3b34f'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'lease_expires_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '4467acc4f1ff456a9c4070e710f1d41b'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '44e3da85b36b482f9c103eda95071536'
                        key: {
                            sys_ui_section: {
                                id: 'dd9f2e5e1bd044199834c7ce0b144810'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '885bf1e02db44cccb1d6d5019767e7f7'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '44f6c6a4dd1146509008752af798a336'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '45454acb425142879bf291d9ccc26b73'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '4575124950414819ae336b38ec63e40b'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '45b93394542f432d985d4e195fa736ba'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '45e1c49e9a8f4f488663cabb79f781ed'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'target_sys_id'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '46516c15646a48df9542f39bac7ef431'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4695891b053c409681e951a90bf108ca'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'ifs_requests'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '46bc851250d04d05a775bd9ee09a52f7'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'transform_state'
                            value: 'updated'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '46c289d45f9643d1aa28699be5688174'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '474365120c8641b69ff41a78b7bc250d'
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4801ae58f2e6402ea02b1194603baa12'
                        key: {
                            document_key: 'd9c788bcf0f54d58ab812a7da94dad56'
                            variable: 'b4e438ae73322010ac1560bdfaf6a7a2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '48069af952a848938a075825839d88b0'
                        key: {
                            sys_security_acl: '609943848a5a4d44ac094c9c0fb70f3f'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4806f9e7f7f9455e8ceb658961bf0459'
                        key: {
                            sys_security_acl: 'e3ce16c09aef44b0b4fe08d63baf722f'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '483b2c289aad444288fe519a98499da6'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'preset'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4894edce69f2424faa292f88b026431d'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'consecutive_failures'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '49df3d3154a84104a5db7a6d3216e19b'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'line_hashes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '49efe5af4cdb49a6a09c9986fe6ddff5'
                        key: {
                            sys_security_acl: 'f14c9fcf286d4c4b936d96dbd3502aeb'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4a8c9ad35d0f42f8802684b21eaa9a82'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '4b048806259848afa6ee15c762f17d82'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'transform_state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4b9d219bffb54aef8cd6fdd6e0a48d8e'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'shipped'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4bd81dbe8479415bb605fb780fbdb358'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'object_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '4c57cf9950e64aa1aca3dff72f342fd8'
                        key: {
                            name: 'x_mlc_ifs_s2p.ap_user'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4c8f238aaedd46c7babe3011a0037e7c'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'preset'
                            value: 'brief'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4d01e2d3f72e4d2f813097457b2efb35'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'order_entity_set'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4d13a496f64c433a96089007e796bb89'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4d2e13f275f74987bc27b782a9ba08ed'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'token_refresh'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4db730edeb0e455ba8e8a8a914996c8f'
                        deleted: true
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'sync_invoices'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4dff9dadf89b439282ab502ed429a936'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'source'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4e29470165f940028e39d89131dc36b6'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_state'
                            value: 'receipt_not_checked'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4e498550e12248d5a0800d3afa14ef32'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'erp_source'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4e790fc6ed374596b3611f15a28fe598'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'defer'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '4eaa45fcd100424c8b1584fa80295d05'
                        key: {
                            sys_ui_action: 'daa575b49c3a46239d52e633c8b6c7dd'
                            sys_user_role: {
                                id: '4c57cf9950e64aa1aca3dff72f342fd8'
                                key: {
                                    name: 'x_mlc_ifs_s2p.ap_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4ebdb21d7dd244429aeb88eefe48a0fe'
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4ed606544754465790a7b0a61ce056f8'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'realm'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4f0009d0be124099b687d8f6b154ff07'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'removed_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4f1157d6a8464fb29a566d245d88db5b'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'flag_resolved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4f23289092db4b879eee0c088486cfe2'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'rejected_count'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4f696526f6084c6cbad1be751c9745c7'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'cursor_modified'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4f6c67c268d640ceb321d596ae554b03'
                        key: {
                            sys_security_acl: '0e48ebb55bb74c45a3d7d87b55770549'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4f88d72165b541a58a51da2312f07497'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'reason'
                            value: 'unknown_reference'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4fe8c5bf15c143239c1ed8fcb78807d0'
                        key: {
                            sys_security_acl: '94538a6960eb4c9eb3b508364457cb9e'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '507fab06bee3430d9b6dd429853b4b9c'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'resolved_count'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '50af0ed2fc0548b68bb2b42d6fbfa230'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '50e3a993ab5646588b235ae4ce00d330'
                        key: {
                            sys_security_acl: 'ba6c12048ae54321817d3bb6bb685bc5'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '51dbc92151694c94bd3495c0dc7d3b3a'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'object_type'
                            value: 'receipt'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5207945ca74441dcb375c26edf30d6c9'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'reason'
                            value: 'unmapped_dimension'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '520c5fedc2a542f6bf4f962877c2036b'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'attempts'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '52126a77fb974b4a832529616d15043d'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'last_attempt_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '527c870b30064f56b404924bda8cbe65'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '52dc1472b4074a30ba1f276b135b4dd0'
                        key: {
                            sys_security_acl: '82aeb785699740a69e5196a93d7b33b0'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '539b498af9a24b35829160cb31718d2d'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'level'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '539c496cf91f4a1692e1a78cb50ca92c'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'at'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '53c9abe86e2b44288603c80ffc096317'
                        key: {
                            sys_security_acl: '3bda77ec592147e4b322f4ea1006f3d4'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '53e8dc0c25cc407cb70cb0a41b1d75dc'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '12'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '53fa080facee4612bbb010708ce70956'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '54425ce93c4841b58908193bc6c49658'
                        key: {
                            sys_security_acl: 'fa3ad5f74eb44ccfbe9c9103e8cce4d2'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '544d50906ac34fadbd6947175522dbcf'
                        key: {
                            list_id: {
                                id: '9e6eb188f2044201b1b5a8ef325d10c8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'lookup'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '54cbed1f423a4e7d9fbe569d68e4b480'
                        key: {
                            sys_ui_form: {
                                id: '7f212fe832764d8f97ad10ddc3462202'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5502ad34e5344061bb1473f86b6ad357'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'object_type'
                            value: 'receipt'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '552f45493d6d4bae8b9284eba9ccb2dd'
                        key: {
                            document_key: '1a63bdaedb6643b6832cece7b5a438eb'
                            variable: '4a3319d73702030064a52f3c8e41f1a9'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '557fa016db9c44c794d40ce671dd9581'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_attempt_at'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '55acccb803694a82aad000494d22e555'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '563176b1f4ed4661bdbe2ec930af6229'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'last_outcome'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '564493a45ab34597a50022c3d8c09e79'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5669ffb3073a41b4a67593eccc4aab33'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'trigger'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5670132b29944ca4be0858152d8c91a6'
                        key: {
                            document_key: '112129c0e2824f7f9c054bd8738550d6'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '567edd97f5914058af3c5aaf12e8a84f'
                        key: {
                            list_id: {
                                id: 'e936d99deed745f49d29178625b2552e'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'inserted_count'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '569a95b844ff4dbd84af482e7a31e9ec'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '56d7b5fa33154b1ba856b3c5e2eec157'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '56e93e6e561846edb05ee41906bc1aca'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '57285990642c44ea90d97a4533a69e35'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'throttle'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5779dcf42b9149a0b5ee5678c2caaa73'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '58885c99ad1e40ceb451c7e16a33284c'
                        key: {
                            sys_ui_action: '59e3b0619252498babb331535d832b26'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5897895c5f564b0ab8932a5613235896'
                        key: {
                            document_key: '0ad5e55c565348d9b5a4ba82c6c3b6d8'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '58b10628e245450194c3bd51b5d22151'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5930dab67401498da28563b33a8afa06'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'trigger'
                            value: 'local'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '595360c1be8b474bb70532c05e073f3b'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5969cba10e294901afdfcc9904912428'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'last_outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '59a924e2fe9d4413b14dd3d0f86df0c6'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'first_flagged_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '59c38d2107d3400d88195cd2ea8f9299'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'last_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '59d80d1e0d9c41ce8b7842057d682195'
                        key: {
                            sys_security_acl: '0303f9a215734c84bcdabbae60e4c900'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5a11f00783034af296bd572828280eb0'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'target_sys_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5a211a2169254d7fb681282ebd64388b'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5aa6bd984dc847e69edbee7e95500326'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'document_number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5b34321ede0f4e28bc18e3f0074c7f8e'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'transform'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5d836793559946e88445d1f4ff061a96'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'status'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5d971dbd21c84d33a6554f6d592fc090'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5de4c5a05e4345099e229348fdf9dffb'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'defer_reason'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5e7841b56417420685ee5f1785b6861a'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5e7e51bb785641c8a75297244269dc2a'
                        key: {
                            sys_security_acl: 'e4c2486424364d46a45cd69094f07a02'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '5e9a8271177942bcaec879301f861a0a'
                        key: {
                            sys_ui_action: '16e9c686817f40e998e77f8e6ac139f1'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5f72fe73aa0a4938bf8b96f669e861fe'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6008a9a256fe4d06a1e25aa3889dd808'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'cost_center_entity_set'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '605f2189459a43268f6cc4c9e70cf7c0'
                        key: {
                            document_key: '112129c0e2824f7f9c054bd8738550d6'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '60b98173388e46f088b4affd7db41868'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'lookup_scope'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '61149d22e0b24584bfb7d91cce9b2c8b'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '611d683628e644beb674b45474d61512'
                        key: {
                            list_id: {
                                id: '58b10628e245450194c3bd51b5d22151'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'supplier'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '614644fb066e4916aab63219e84e88e8'
                        key: {
                            list_id: {
                                id: '74099632364e4c909e9dac7009cff5a2'
                                key: {
                                    name: 'x_mlc_ifs_s2p_staging_key'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'document_number'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '6159db84086a437ea9ecd673604bbbc1'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '616721427c52428c91aeb9a0028b5a35'
                        key: {
                            logical_table_name: 'x_mlc_ifs_s2p_flag'
                            col_name_string: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6181bf9c2cf6459f9e559abbf6f7c627'
                        key: {
                            list_id: {
                                id: '74099632364e4c909e9dac7009cff5a2'
                                key: {
                                    name: 'x_mlc_ifs_s2p_staging_key'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'match_checked_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '619cfa36b06a437cb3c77a1d8322fdbe'
                        deleted: true
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'sync_orders'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '625bff3998ec42be972cd6f76e776516'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            caption: 'Objects'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '62995301d91d49abb3edb1b4a0743c32'
                        key: {
                            document_key: '4ad779c3a57c4b23ae751637d8508eac'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6403151446f046dbb7279c74decfd07c'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '643b165d3b4548b3ba570f20bc106ced'
                        key: {
                            list_id: {
                                id: '58b10628e245450194c3bd51b5d22151'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '648d9356f6e24ea5a8e89ae9aa3bf7f7'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6497c698b5e443008574f9e182ac95a7'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '64984a42671348f1901c22626af9c94b'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '64f287db99fb46708a9858a89de23da3'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'transform'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '652610c25ff14a598ec01ccc450278b9'
                        key: {
                            sys_security_acl: '0bada2d822ee4cf598dad4bb3c1b367c'
                            sys_user_role: {
                                id: '4c57cf9950e64aa1aca3dff72f342fd8'
                                key: {
                                    name: 'x_mlc_ifs_s2p.ap_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '662acad893c141f59aa2e57d4155c1e2'
                        key: {
                            sys_ui_action: '14ba1cd3eed440b5aaf62d5384fa341d'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '665283f790524cf7a0d6b2a738d98c7b'
                        key: {
                            document_key: '1a63bdaedb6643b6832cece7b5a438eb'
                            variable: 'b4e438ae73322010ac1560bdfaf6a7a2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6723a3bf9c534b4383ddff2281168d9e'
                        key: {
                            sys_security_acl: 'cde56c66cd264124ab85c04b9de2b69f'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6745f7a625634bc4be23f01cb3317d94'
                        key: {
                            list_id: {
                                id: '9e6eb188f2044201b1b5a8ef325d10c8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'shipped'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '687c6895166a47f0b922ae638618a97d'
                        key: {
                            sys_ui_section: {
                                id: 'b94300e4c91648769a6e8bda7ea72eab'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    caption: 'Document type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '69b18e23fdac41f8880f2aa99bcb8f83'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'resolved_count'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '69c68d9dd6eb4b0fa035e07a1eda2046'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'invoice_entity_set'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6a75d08e455b4a7face7690ae0d06662'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'transform_state'
                            value: 'ignored'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '6a786fa176664696847ba8a082a4299a'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6a89759cccbf4e7880d8eed6f812dff9'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6b36e009275a4e8fb42365f91a657246'
                        key: {
                            sys_security_acl: '82d63c6579de4fbf9d369c55f219bd8b'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6c17163ae2eb4aaeaa7ac9b9b95db5ff'
                        key: {
                            sys_security_acl: '1db5d9747de24e3aa9431a30071c670c'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6c68b639aad444de88807297e18ac25e'
                        key: {
                            sys_ui_section: {
                                id: 'b94300e4c91648769a6e8bda7ea72eab'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    caption: 'Document type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'target_table'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6c7d5cd9e14b4b2ca275c1f76ea463a9'
                        key: {
                            list_id: {
                                id: '58b10628e245450194c3bd51b5d22151'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'document_number'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6cff5abe489c4e1b877feedb333bf7f2'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'read_count'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6d1d8fd302bc49428e6f3ad549d7a89e'
                        key: {
                            sys_security_acl: '98eaa094efa54a1bafad40f834c53343'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6d1dbd43ea6142f09ac692e59cf4417c'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6d469fe931c54ebd824757a825803fc9'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'header_wait_hours'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6eb52cf76bc543a4b0316c244e1d0d0a'
                        key: {
                            sys_security_acl: '58922e5c8b2b440bbec95adfa01fe309'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6ebbd2aff61a4b8793fc3656dc05da16'
                        key: {
                            sys_ui_section: {
                                id: 'b94300e4c91648769a6e8bda7ea72eab'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    caption: 'Document type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6f0fe738a42343f4893f107a262466f3'
                        key: {
                            list_id: {
                                id: '58b10628e245450194c3bd51b5d22151'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'company'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6f43133edb6c4f8295a2bb1dbfd4f802'
                        key: {
                            sys_security_acl: '445b4a88e4e04e11aa0fe88c85082af9'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6f8e46d3347044bea8559fdaa4a33536'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'run'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6fd4a666f8ff45c48d570d88b50990e7'
                        key: {
                            sys_security_acl: '63b38e4c35fe41af81eaa3045df485a0'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6ffe40ddff58460dafbff3569f8dfd3c'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'line_cursor_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '70276041a618487eb2e739a1e861c857'
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'time_budget_seconds'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '703e0f616ef744a29b9532dba50da2d2'
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'lookback_seconds'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '70b94db0ae9743dd852664faed5cfc28'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '70ca85ed698945b0879563df6aafaf0e'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'shipped'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '710c093489b34285b138d6617d41c42f'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ifs_requests'
                            position: '16'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '711091cab0d04fec954aff0bfb2dde58'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'transform_mode'
                            value: 'platform_schedule'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '717dc2c7cd99499693331ccc52402a30'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '719e9b73b05f4f9396fa02ee5c05cc29'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'line_cursor_set'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '71ba7504c6d44b2b99ca421bed2a6441'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            caption: 'Status'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '71d2f4d157644a1bb1746359fac2c615'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '722d8a15be8e4021a0fd04537ddc8dd0'
                        key: {
                            name: 'x_mlc_ifs_s2p.integration'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '729ae628389a4d4484c93e2adef58d00'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'company'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7308d14ab5b14401bda47f0d95325137'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'resolution_note'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '735752ceabb04a29a7e1229bd74a95c2'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'line_cursor_modified'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '73aaa7d7a0e24d718be620f12d6aa52c'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'duration_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '73e072549bda4930bd913b63603dd6b6'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '74099632364e4c909e9dac7009cff5a2'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '744c4cbefadc4e68afdbe76f6d807671'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'allowed_host_suffix'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '74613f5d286b496392da634541e40174'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'erp_source'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '74ad9844e8414b7fad2df3299db4cbfa'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            caption: 'Limits and schedule'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '74b77ab7674640f1ab9629a4b6b22c2d'
                        key: {
                            sys_ui_section: {
                                id: '71ba7504c6d44b2b99ca421bed2a6441'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Status'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '12M.x_mlc_ifs_s2p_connection.x_mlc_ifs_s2p_sync_state.connection'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '74ccca4645f64ca0925fe5a263445f15'
                        key: {
                            sys_security_acl: 'fae0b532cbfc4edfb20ab5586316acfc'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '75b05942d0864610b3dd254a0bd1b9fe'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'object_type'
                            value: 'receipt'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '75e4a0ec631045be8a20a4ab975f0c8d'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'status'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '76576201c1144454bf23a31e5641e2e3'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'transform'
                            value: 'date'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7694715138b0443db93d76ae11a0efe2'
                        key: {
                            document_key: 'f6352cac52514d74a144edee586f783a'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '76af06fe066d4a8581a92c6361f2633d'
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '771186301e274768ba494a8e0c954240'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '77463d2faea4411d8157f846bbff5343'
                        key: {
                            sys_security_acl: 'd02c23d7b41e4c1db2a61d5e1c9dc930'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7773fb4dea144daca6b64ee66dd69ddb'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '779e11c5d2bf4373a2908d33ea9cfc93'
                        key: {
                            list_id: {
                                id: '9e6eb188f2044201b1b5a8ef325d10c8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'transform'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '77a1b824b4c74eaf8a909ac2ce81308d'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '77a970de63e541ed8079982d1ca27432'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'reason'
                            value: 'transform_rejected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '78bf54e34e3741c188e7c48d6ec66860'
                        key: {
                            sys_ui_section: {
                                id: 'b94300e4c91648769a6e8bda7ea72eab'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    caption: 'Document type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'entity_set_path'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78bfe8eadbf64c3893bd397e3017e3b2'
                        key: {
                            document_key: '6ef806ff16d64720af89823127ea3014'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '78f420926e4046e2b9e922203b9a4103'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'transform_mode'
                            value: 'run_now'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '79d14e385b9c4a12a780c89edc03bb8f'
                        deleted: true
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'order_target_table'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7a6345678dc348128ab3766bc44ab69c'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'http_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7ab4ce98333e4ceea951dbb6c364e733'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7ab57884999e47919e97c70fc724fc66'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'source_key'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7b8014fae3944bd5856f2e4ab0138de4'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'run_start'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7be3c6af8b6b4e2c9af17bab590d8f7e'
                        key: {
                            list_id: {
                                id: '9e6eb188f2044201b1b5a8ef325d10c8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'source_value'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '7be7014290454f62a389967297b900ca'
                        key: {
                            sys_ui_form: {
                                id: '6a786fa176664696847ba8a082a4299a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'b94300e4c91648769a6e8bda7ea72eab'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    caption: 'Document type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7bf9ee56503f4e03ba097ce7d030b049'
                        key: {
                            list_id: {
                                id: '2d04c54107a74348abf71c6ff0f9a6a0'
                                key: {
                                    name: 'x_mlc_ifs_s2p_audit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7bfa96edb31e439491f64316440fe8d6'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'ifs_requests'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7cc5afa212854bb3adc7c880b0d16d85'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ccd4fa9fcd54878baf631209da129f1'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7cd867dd15374be6906447782459b4de'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '12M.x_mlc_ifs_s2p_run.x_mlc_ifs_s2p_audit.run'
                            position: '23'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7d1987d1d46f45b8ad25b6ab7352ceb6'
                        key: {
                            list_id: {
                                id: '74099632364e4c909e9dac7009cff5a2'
                                key: {
                                    name: 'x_mlc_ifs_s2p_staging_key'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'supplier_number'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7d631c3da5df4c12b84ba3eb1f53205f'
                        key: {
                            list_id: {
                                id: '2d04c54107a74348abf71c6ff0f9a6a0'
                                key: {
                                    name: 'x_mlc_ifs_s2p_audit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'message'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '7dc91d2cb9a64fc7a879a626087f51ab'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7dcf3419ef49448a9b2321d5ea8303da'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'last_run_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7e272222c6264ef29246d4d19a7182ff'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'level'
                            value: 'header'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ec163eb1a844d1f88080cfab3cf575a'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'dry_run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7edf3d84b746400a8a390cc2e22bd2c5'
                        key: {
                            sys_security_acl: 'fda9786a6cf84025afd2abad20378765'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7eed0d2474b84675ada52c46323e3fa0'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ifs_requests'
                            position: '15'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7f0c1b0d8c09401f9712e9887aeddd36'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'payload_hash'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7f18003a7f2248b6a475faa5ba6f8c6a'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'target_table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '7f212fe832764d8f97ad10ddc3462202'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7f3e3fb60b894fd28f451251594f1ef0'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'removal_checks_per_run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7f970d8d2a664b8ebee598e03850f4da'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'source_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7f9f29a4d5dd41959070e040d87f823c'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'target_table'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '803d987f996140a9987df548f300320a'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '80f74a03b96943f39fb8f9fdc14a79d7'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '810f888f80b94cda966862247c6b2b8c'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'cursor_modified'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '81857fb8b1eb4c4d92801ff0bdcd24f5'
                        key: {
                            list_id: {
                                id: '74099632364e4c909e9dac7009cff5a2'
                                key: {
                                    name: 'x_mlc_ifs_s2p_staging_key'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '81fb903bcc8a4bcab0f64259b6f1e300'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'path'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '828e6f381f5d422dbe502f8ba7516621'
                        key: {
                            sys_ui_section: {
                                id: 'b94300e4c91648769a6e8bda7ea72eab'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    caption: 'Document type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'object_type'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '839c53eb4aed48efa519537ec3bbd2f6'
                        key: {
                            list_id: {
                                id: '58b10628e245450194c3bd51b5d22151'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'first_flagged_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8458507b2bae4e8fafdcbe3990ab83ed'
                        key: {
                            document_key: '1a63bdaedb6643b6832cece7b5a438eb'
                            variable: '932d14a33756030064a52f3c8e41f120'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '84e41dc5bd6c48d19d7c65885ee49c45'
                        key: {
                            sys_ui_section: {
                                id: 'b94300e4c91648769a6e8bda7ea72eab'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    caption: 'Document type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8518e0be5172425c88fed3cdcf6c625e'
                        key: {
                            sys_ui_section: {
                                id: '354077d61d184c2e9c8b5058638fe0e9'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'IFS payload'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'staging_key'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '85509607111c4a87843fab91713dfccc'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '85a4cf4e2098495683940737fb42df10'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'reason'
                            value: 'invalid_value'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '85e06bac13c947bc9842461d624b7078'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'company'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '861c8611b6004dc6b6ea6b2579db9bad'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'path'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '862904c17a784e6ca9b5ef8ee9a8d0eb'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '863ecaf87a6e4c7094850df40e0aa542'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'source_value'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '868334621c244aba9b588f7b03040b75'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'object_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '86abc4bf05254745b513f06fc7748149'
                        key: {
                            sys_ui_action: '460757a2d0a54ce697425d7b7b1a26f3'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '86cbc212f47c40359b7958a4862b8acb'
                        key: {
                            list_id: {
                                id: '2d04c54107a74348abf71c6ff0f9a6a0'
                                key: {
                                    name: 'x_mlc_ifs_s2p_audit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '86d5dfefbf4747d799aa73555a91411b'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'line_cursor_modified'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '86f65b307c4040569a708d3560c0d2c5'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'object_type'
                            value: 'purchase_order'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '87c7c2c321b34f2aa16b4f3e5db2c86e'
                        key: {
                            sys_ui_section: {
                                id: 'db18f0cf8a4b44faa925a90a9a082d76'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Targets'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'erp_source'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '87d83f4b3efe4f4392e60453f066b93e'
                        key: {
                            sys_security_acl: '94538a6960eb4c9eb3b508364457cb9e'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8904ddf45bf84207ac06acb61da297fe'
                        key: {
                            sys_ui_section: {
                                id: '354077d61d184c2e9c8b5058638fe0e9'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'IFS payload'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'source_key'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '894a80ab38a34b76ab6f96777b3811dd'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'status'
                            value: 'deferred'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8981d4b672874038805ac153ef11490c'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'removed_at'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '89f68218fc504ad89207a541eb302422'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'object_type'
                            value: 'receipt'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8a12c2f018c449dab75d94f8efa554ed'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'target_table'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8a388701fc2647bf9a443216dc7b76d7'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'transform_mode'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8b780564ecbb4d5a9a58afe9fa994426'
                        key: {
                            sys_security_acl: 'e3fdae7ccf8a4358937b496796bfcd91'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8bb4a9d5f3854e7290f106edf60bbe36'
                        key: {
                            sys_security_acl: '1cfccb88489a4f0397ab101a5b125d5e'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_number'
                        id: '8c008683d61d4a80b5f612d7c947b76b'
                        key: {
                            category: 'x_mlc_ifs_s2p_run'
                            prefix: 'IFSRUN'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8c5dc9dce0974f74b0f631ccd7f2fb31'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'cost_center_entity_set'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8c8ed56ca2484692a1ba1085456695a5'
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'removal_checks_per_run'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '8ca9757925a54ffca1b5ce17cfc0f5ab'
                        key: {
                            logical_table_name: 'x_mlc_ifs_s2p_staging_key'
                            col_name_string: 'key'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8ccd153d541e4bc18598a5b817b4f562'
                        key: {
                            list_id: {
                                id: 'e936d99deed745f49d29178625b2552e'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8cd78343821d4e8581efd8dc1e82f4c6'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'source_kind'
                            value: 'line'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8d7229bf301f4792b71d8290c0fd3ee0'
                        key: {
                            sys_ui_section: {
                                id: '71ba7504c6d44b2b99ca421bed2a6441'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Status'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_outcome'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8d8180ffb23f45649dae755a16854045'
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'gl_account_entity_set'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8debe30e88384c6c954a4b1680f2188a'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'flag'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8e521200397e4f6cb6dda92a65feb51f'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'source_hash'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8e54f875b63247069237b732342d9d17'
                        key: {
                            sys_ui_section: {
                                id: 'db18f0cf8a4b44faa925a90a9a082d76'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Targets'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'field_map_preset'
                            position: '0'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '8e6e6ac887814bb7bda637052195e32b'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8f24b2f4f6cf450b877d11ab1eba1b04'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'target_table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8f46f131acbf4c4ba56e767a22df1654'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'match_check'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8f9b54827980421cbcb27a3ec9968f5f'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'column_name'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '8faa18032eb349c1b2daeff8ed2b4c94'
                        key: {
                            sys_ui_form: {
                                id: '4467acc4f1ff456a9c4070e710f1d41b'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '71ba7504c6d44b2b99ca421bed2a6441'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Status'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8fbd755ca8624e31b6e5ac87559582e0'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '12M.x_mlc_ifs_s2p_run.x_mlc_ifs_s2p_audit.run'
                            position: '22'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '8fedaae5c69248cdad1bbdfc17242fc9'
                        key: {
                            sys_ui_form: {
                                id: '4467acc4f1ff456a9c4070e710f1d41b'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '90182c8615fd4d58b37604e765bab878'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'key'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90b3cd77c3c54ca8836abfb703ed8484'
                        key: {
                            document_key: '1a63bdaedb6643b6832cece7b5a438eb'
                            variable: '90749dd73702030064a52f3c8e41f12d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90d7cabafa4447aca14b5d4f44fd3a8d'
                        key: {
                            document_key: '0ad5e55c565348d9b5a4ba82c6c3b6d8'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '91406f39f2374f73a5507dae07d515fd'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'target_sys_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '91635292ea82458aafb49eb5f6b2c04a'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            caption: 'Flagged record'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '917b31d16acc484196551ff2e7dfbdbb'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'supplier_number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '922b981a0e4341169fc7b2a178579e39'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'run_end'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '928eb8e9bae34dee9cfcc2443320c2bb'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'rejected_count'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92cf06130d0948c2b904d68a1f8527a7'
                        key: {
                            document_key: '1aac84c5b91f4381874d1b43085c14eb'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9314d2853cf04cf192a54b2662a7c166'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'reason'
                            value: 'unknown_supplier'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '932a4394e27b49219176181eb4783670'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'reason'
                            value: 'target_rejected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '937fcff4872441088acb983600e6e46c'
                        key: {
                            list_id: {
                                id: 'f8c4063847e7468a8629370899702741'
                                key: {
                                    name: 'x_mlc_ifs_s2p_sync_state'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'cursor_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '94486caba9644d5cbb28de2d9a4b723c'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'rows'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '94612bf4d33e417e868e3de3504cec69'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'cursor_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '948c25d654fa48d38d3ab5995d780088'
                        key: {
                            sys_ui_section: {
                                id: '19a2a3d1b1fb4a3cb5ba00aaf25aaaa8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'IFS tenant'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '950bbf85b013432cb760a858a3dc22c6'
                        key: {
                            list_id: {
                                id: '9e6eb188f2044201b1b5a8ef325d10c8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '95c33f5812ff4ce1b748b8b80776654d'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '95c93fe810634ab4984ec825d771fb8d'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '95e671550dd14fc3a9296959bec3271e'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_checked_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '96910037f6f441878ae6d75568d9f857'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'cursor_commit'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '96f811edf5674cdab20dd1274e8b364d'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '971d0943bc9d43bc973dc87839fa5680'
                        key: {
                            document_key: 'd9c788bcf0f54d58ab812a7da94dad56'
                            variable: '4a3319d73702030064a52f3c8e41f1a9'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9764ce550481485a82fdd05a8ff627a3'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'deferred_until'
                            position: '21'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '976c07f3bfc447978a714d257f206e59'
                        key: {
                            sys_ui_section: {
                                id: '19a2a3d1b1fb4a3cb5ba00aaf25aaaa8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'IFS tenant'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'dry_run'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9772202d177b408dafd686fc76cd3803'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'header_wait_hours'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '97ba43cfa4854221a35df7089fc370e8'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'source_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9803489bac2c467580b180668130daa4'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'object_type'
                            value: 'supplier_invoice'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '98130d9f46004aeaa434e6d727c86522'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '983b6ff737204baeaa577d8f41075332'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'source_kind'
                            value: 'setting'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '988fa8526d5f464ebfb2b0aa491a5aed'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'line_cursor_set'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '98a13cb1709c4b0b8b21829f80280607'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'retry'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '991579a5258d46d583c4f72d72e7603e'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'stage_update'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9a9a5164530743ba91213b0479d2a362'
                        key: {
                            sys_security_acl: 'e69006ee01dc43e098af4aad66104cfd'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9ab06b780a904a68ba91225ed6c95bf1'
                        key: {
                            list_id: {
                                id: 'e936d99deed745f49d29178625b2552e'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'updated_count'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9acfd434fd7b45198d4d78e4d2b80129'
                        key: {
                            document_key: '112129c0e2824f7f9c054bd8738550d6'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9b1bf862c93746a297146a0361be1c40'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9b8a949753ab48219eb95cea02fb1cf2'
                        key: {
                            list_id: {
                                id: '74099632364e4c909e9dac7009cff5a2'
                                key: {
                                    name: 'x_mlc_ifs_s2p_staging_key'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'company'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9c0423f2c8504e13a54a818757fbfe84'
                        key: {
                            list_id: {
                                id: 'f8c4063847e7468a8629370899702741'
                                key: {
                                    name: 'x_mlc_ifs_s2p_sync_state'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'cursor_modified'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9c0d7ac7af0d4727a7b87e1d11f5015e'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'sn_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9c44ce64695e4d19bcb99157fcae5adf'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_state'
                            value: 'no_po_line'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9c563178e2ea407ba1cd65029df2ab40'
                        key: {
                            list_id: {
                                id: 'e936d99deed745f49d29178625b2552e'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'flagged_count'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9d48117b1fac48c3beda27cdc5d09856'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'lookup_scope'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9dcfad404a164f9d8c08339d6d7a2b82'
                        key: {
                            list_id: {
                                id: 'f6c81c13414c413180cc9cbb3447fe31'
                                key: {
                                    name: 'x_mlc_ifs_s2p_dimension_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'company'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9de50fa18fa04d46a5f28af68b372391'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'object_type'
                            value: 'purchase_order'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9e0e24b255874b018796ebe62afc9d4c'
                        key: {
                            list_id: {
                                id: '58b10628e245450194c3bd51b5d22151'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e3902d2696c403daeb6d0f01143de56'
                        key: {
                            document_key: '3b03e22d5ed042358c4b7b76be4015d7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '9e6eb188f2044201b1b5a8ef325d10c8'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9ea3533520c540658e1b5d08d0264f5b'
                        key: {
                            sys_security_acl: '5b3b2a10d6c04701851195f378b217ce'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9ec6defeef1f4a309e29f002f9480e93'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'target_table'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9ef554c989334bb6bba80ebb15366c4c'
                        key: {
                            list_id: {
                                id: 'e936d99deed745f49d29178625b2552e'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'read_count'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9f2064257ce546f39d27d89fd1fa2c57'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '4ad779c3a57c4b23ae751637d8508eac'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9f8933f8602d41ae9bd5efa5a9f894d8'
                        key: {
                            sys_security_acl: '36993f2c88d04ff6b86d979bc487f1ec'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9fb8d005efd2448fa0e6703a25eb9274'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'source_mapping'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '9fc794d07bb84538b6b23d779942fbf1'
                        key: {
                            logical_table_name: 'x_mlc_ifs_s2p_sync_state'
                            col_name_string: 'connection,object_type'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'a00392925aae4b8291e574a626ff635a'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'a0bcb722ba5b4196993ab8ec6882e2cd'
                        key: {
                            sys_ui_form: {
                                id: '50af0ed2fc0548b68bb2b42d6fbfa230'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '354077d61d184c2e9c8b5058638fe0e9'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'IFS payload'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a0d975c815174afb94a3c1a3947e32e5'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'read_count'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a0f16498a44343788f6ddb8745f1f11e'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'cursor_before'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a0f69513bc5c4a269e10596e491ebe32'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'document_number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a15e649fb84f4962af69fa6e746fc8c4'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'status'
                            value: 'partial'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a18f0e66a4a14fa5aaff1c9484b61f44'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'document_number'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a1b28454ed144ad2bfa7376f94c3f206'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'company'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a1e85841950340799dfc582aaa5c7061'
                        key: {
                            sys_ui_section: {
                                id: '19a2a3d1b1fb4a3cb5ba00aaf25aaaa8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'IFS tenant'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a2317a711bcc43b5876f60284c367b6e'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a25f9fb0462840a4b4a0b0f182e034a4'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'stage_insert'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'a29987e86fbb44709fc16c5d3ce80785'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a2d0630cd8df4d7097140b60e77c726b'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'preset'
                            value: 'legacy_procurement'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'a3a394d850fd4b0cb812e6fed9982740'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a3c51bb127924106aa702e41fe7d65b0'
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a3d620b59d034de3a058c6fbdab2f607'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'transform'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a41f6413cf2e4b589c6e42d94713c894'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'ifs_value'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a473d62cd6d84c70b07a136b7579733a'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a4c6252c759b4f13ac1bdc2741851a15'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6ef806ff16d64720af89823127ea3014'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a4d8c8e57c894d5b8d40347de5e2f9c3'
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '12M.x_mlc_ifs_s2p_connection.x_mlc_ifs_s2p_connection_type.connection'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a5c70aa5f6af496f93b1cb60b4244902'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'cursor_before'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a5e127ee704c41c2985a7685061311e7'
                        key: {
                            sys_security_acl: 'cde56c66cd264124ab85c04b9de2b69f'
                            sys_user_role: {
                                id: '4c57cf9950e64aa1aca3dff72f342fd8'
                                key: {
                                    name: 'x_mlc_ifs_s2p.ap_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a60871d8fc8f47e48536497f10cad968'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'transform_state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a665aa3e59844ba8b5fff4998263ff47'
                        key: {
                            sys_ui_section: {
                                id: '354077d61d184c2e9c8b5058638fe0e9'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'IFS payload'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'payload'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a6df6a5797fb452f8ffcb7e7400b7663'
                        key: {
                            list_id: {
                                id: 'f6c81c13414c413180cc9cbb3447fe31'
                                key: {
                                    name: 'x_mlc_ifs_s2p_dimension_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a6fab3e56cd9470ab685ee2674a5b640'
                        key: {
                            sys_security_acl: '63b38e4c35fe41af81eaa3045df485a0'
                            sys_user_role: {
                                id: '4c57cf9950e64aa1aca3dff72f342fd8'
                                key: {
                                    name: 'x_mlc_ifs_s2p.ap_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7696be3cf7c4e58ae4ea9d6163fa460'
                        key: {
                            document_key: '3b03e22d5ed042358c4b7b76be4015d7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a7b1c88e22394377afb5fc993bdd322c'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'trigger'
                            value: 'manual'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a7d897d43c854f9c8a46610eb43312c7'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'company'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a82f9b9253a341d1a052353661b122e5'
                        key: {
                            document_key: '1a63bdaedb6643b6832cece7b5a438eb'
                            variable: '8570e0e33756030064a52f3c8e41f16c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a86d63c2e5604a12a2a49a5c4f3bdc97'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'db18f0cf8a4b44faa925a90a9a082d76'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Targets'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'order_target_table'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a95d7fde0b7c46c7b33a559544d8b757'
                        key: {
                            document_key: 'd9c788bcf0f54d58ab812a7da94dad56'
                            variable: '8570e0e33756030064a52f3c8e41f16c'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'a95f3ccf7470400da409173c63f675fa'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'a99b104115d74242a68a4340c060ffd0'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'aa5994b4d32f44d3b97a5685dad469ab'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'cost_center_entity_set'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'abd8cb8fe2264fe7a732b0f0648a577c'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'flagged_count'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ac09739c8f9d4904bf817e724a17e139'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'column_name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ac87bb8258334418aaa85342115db83a'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'cursor_after'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ac9657f4e43a4ead8db2f51c9b9ef51c'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'last_run'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ac9f5df6872045d7bc0498f3867d3971'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'tenant_url'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'acac16c300154600ad998ef83a227687'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'rows'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ad338d05ab6142e7820a4134d1936d95'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ad6c8715d3d942be9f1d1547e161dbfe'
                        key: {
                            list_id: {
                                id: '2d04c54107a74348abf71c6ff0f9a6a0'
                                key: {
                                    name: 'x_mlc_ifs_s2p_audit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'operation'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ad6cd9aa27334e62bb05151f3f99d921'
                        key: {
                            sys_ui_section: {
                                id: '71ba7504c6d44b2b99ca421bed2a6441'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Status'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'next_run_at'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ae05f9611ac3444fa2dae718f79c6033'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'state'
                            value: 'retrying'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ae35f07e837d4dd693ec4ca10458c6c6'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'error_count'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'af569dcfe63842748c899275d54d4518'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'lease_owner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'af8b4dad828b48fd96d2ece8ae61f296'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'level'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b032650d869d411fbf0cf977a5931261'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b04f8652005d4c8fa830091372c3ca3e'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'request_ceiling'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b0538d98b54d48bf9cc3eb82872713b6'
                        key: {
                            sys_security_acl: '37c7fbe3107e48159107d5231bf5c4e9'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b079c10c6c9246c08744df2c43aa35d2'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'supplier'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b0c077cbfab44ba8a8d5ccfb7cf6cd26'
                        key: {
                            sys_ui_section: {
                                id: 'b94300e4c91648769a6e8bda7ea72eab'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    caption: 'Document type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b11c25f1549440a581c0941f1dd93539'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'sn_value'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b1cf00fa33ce4198a2623cb4b5b3faba'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'transform_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b1d3aafbffec48a18ecf884dec1633e1'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b268b8ee961d4d6885d3037727c99746'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'resolution_note'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'b3233028d8a54623a61e0c04cbb181ca'
                        key: {
                            logical_table_name: 'x_mlc_ifs_s2p_flag'
                            col_name_string: 'staging_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b342d14663794d29bc64d87a73b83f96'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'preset'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b3989a976c674a788d58dbfdaf4b1fcc'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'ended_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b39e72d5d80e471e9d4a127aaa1b2b94'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'flagged_count'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b3d452db9a694fd2a70ea5e0bbcd3933'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'time_budget_seconds'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'b3e69b7f72cb4475a22094376de8da3a'
                        key: {
                            sys_ui_form: {
                                id: '4467acc4f1ff456a9c4070e710f1d41b'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'db18f0cf8a4b44faa925a90a9a082d76'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Targets'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'b3eb6432e4ee4315b16acc83a27b7df9'
                        key: {
                            sys_ui_action: '57a895d4377c40bfb62d89941432b442'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b4017ecec45a4e39a7201f577d2611d7'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'dimension'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b42d239dfc074f7b8f733412f3e5aff6'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'source_kind'
                            value: 'constant'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b42df3c104f44cdcb0d0450c860c0b9f'
                        key: {
                            list_id: {
                                id: '2d04c54107a74348abf71c6ff0f9a6a0'
                                key: {
                                    name: 'x_mlc_ifs_s2p_audit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'rows'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b493bb5410cb42a5a16306f032bd1123'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b4e48a022c91459bb58fce98d30e76bd'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'tenant_url'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b5bc0913244f400daade511e2293528e'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'read_count'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b5d8c1b3d09e499b91f0ae6b7e581891'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'db18f0cf8a4b44faa925a90a9a082d76'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Targets'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'invoice_target_table'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b608faad402f4766894fbb15ff261df9'
                        key: {
                            list_id: {
                                id: 'a95f3ccf7470400da409173c63f675fa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'next_run_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b65bd3d63f344bbaac589a22902a9241'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'realm'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b6ce7d04964243eeb7d888e41b255179'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'cursor_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b6dfaebed46443ffae395522aae39784'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_checked_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b80f6e8e65dd4a4b9b619ceb92c08b15'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b85984917aa2495f82a84b675a3f4aae'
                        key: {
                            sys_security_acl: 'cde56c66cd264124ab85c04b9de2b69f'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b8947e492de547ecadbe7ee0bd7ddb1e'
                        key: {
                            sys_security_acl: '7931d6379b16460593fb57db566083f5'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b8d08942de6044e0ac79ff061bf13d4c'
                        key: {
                            sys_ui_section: {
                                id: 'dd9f2e5e1bd044199834c7ce0b144810'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'client_id'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8d70c0ba1af456eb858ba35f66856b9'
                        key: {
                            document_key: 'd9c788bcf0f54d58ab812a7da94dad56'
                            variable: '932d14a33756030064a52f3c8e41f120'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b8dbc25a63214f2b975413d5ac251a4e'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'target_table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b8fd363086ce4258ad8ec00f18752801'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'token_url'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'b94300e4c91648769a6e8bda7ea72eab'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            caption: 'Document type'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b952b17091c7456899d93237a4b3845e'
                        deleted: true
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'order_entity_set'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b973340da5c843b784078c8db644406a'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'entity_set_path'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b9b67bd550ad41fe91940f515d137202'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bb15237e0c3247c79859f065c4e3cc22'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'supplier'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bb38c2b9260946c28be4c037240c55a5'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'first_flagged_at'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bba0a65f30b54bf5b7ef6e34ef667fda'
                        key: {
                            sys_security_acl: 'd41d22eddbe34415bcaac5103fb7942c'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bba76651301c4bfc87cb8a5f0b7a72e3'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'duration_ms'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bd3ea3adeac24cdab54d8cc0499a7cf6'
                        key: {
                            document_key: '0ad5e55c565348d9b5a4ba82c6c3b6d8'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bd6a254201794cf5aeeaa6d19282d4d7'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bda491049fbf4e3db70edda0b56a0b9d'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'source_kind'
                            value: 'field'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bda89a55cbec4d48b8775117820aabee'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'line_hashes'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bdd7f20e32f646ac89dccd32d155745e'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'cursor_after'
                            position: '21'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bfd0a1e6c3dc4483a9193e168375e18a'
                        key: {
                            list_id: {
                                id: '6159db84086a437ea9ecd673604bbbc1'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bfe7d593e83e4b35bff074d711f8e5e7'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'field_map_preset'
                            value: 'brief'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bfff510ba7da42d0a073dd875c93eaba'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c03ee65897b94cb2ab28b009cbf09a66'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c03fe79617784a3fb685bcadc3bb3d73'
                        key: {
                            sys_ui_section: {
                                id: '71ba7504c6d44b2b99ca421bed2a6441'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Status'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_error'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c044782d95774afd883a8ede5add425b'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'creation_date'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c09009f40d594766941fda3edef0831c'
                        key: {
                            document_key: '112129c0e2824f7f9c054bd8738550d6'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c0fcd1dec34743979df6f4d1b1dd50a3'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c109f6cd8fb747b899cc51c7019af4c0'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'lines_checked_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c10e8a02879241a9af8742e500561af5'
                        key: {
                            sys_ui_section: {
                                id: '71ba7504c6d44b2b99ca421bed2a6441'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Status'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'lease_owner'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'c1aaeb2574654036860706ebb38e4bcc'
                        key: {
                            logical_table_name: 'x_mlc_ifs_s2p_connection_type'
                            col_name_string: 'connection,object_type'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c1b5c605b79543deb579f86154d1230b'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'reason'
                            value: 'unknown_gl_account'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c1d4e6685d19470d9453c87d60f7058e'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'ended_at'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c1fc9802d9784a2c9544f050307a14e3'
                        key: {
                            sys_security_acl: '3599282e94604c889e5886ff2eb31b1d'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c2382a051fea407ab742ad55d4296d29'
                        key: {
                            sys_ui_section: {
                                id: '71ba7504c6d44b2b99ca421bed2a6441'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Status'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '12M.x_mlc_ifs_s2p_connection.x_mlc_ifs_s2p_run.connection'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'c277f042483d45b490e09f123c4bf65a'
                        key: {
                            logical_table_name: 'x_mlc_ifs_s2p_connection'
                            col_name_string: 'name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c2998a9586034175ae0ac8b713ced99c'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'client_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c2c54360de414f17844bb2e283ffb868'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'token_scope'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c3d36be723f345ed8a409b7b8ba4e0a3'
                        key: {
                            sys_security_acl: 'e3ee120d05634f53b779c7bf3bb60680'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c3dc213236aa454c9e45618ae64cdd7a'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c3dff396be9b4883a50171c89cba75b0'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'time_budget_seconds'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c4e1d6adb31243f980bb69ead2b2d837'
                        key: {
                            list_id: {
                                id: 'f8c4063847e7468a8629370899702741'
                                key: {
                                    name: 'x_mlc_ifs_s2p_sync_state'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c515cd55dba24930bf4b9a72b65be4fe'
                        key: {
                            sys_ui_section: {
                                id: '19a2a3d1b1fb4a3cb5ba00aaf25aaaa8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'IFS tenant'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'realm'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c518eb92c23b4c9b91ad99234d7ae3cf'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'target_table'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'c55c5226ce61409587253c9601e261e4'
                        key: {
                            sys_ui_action: 'daa575b49c3a46239d52e633c8b6c7dd'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c5ca826d14b0433db857ea10c8e6fa0b'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'duplicate_count'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c5dca4efd32240aea0c7bc5d101a2f43'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'started_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c5f4bebe67814ff3831d1fc4c0e1b8be'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'status'
                            value: 'succeeded'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c669c5a0bc9340d78203ddbfa434c9be'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'started_at'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c69db8d5653f4db48acfc29070c1cee7'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'error_count'
                            position: '15'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c730994536674892a7d69630bfb740be'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'source_overrides'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c744f1a6c4694c228e8824d824eef606'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'reason'
                            value: 'changed_after_posting'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c74efdb8522c46758130059ad54dea61'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '12M.x_mlc_ifs_s2p_connection.x_mlc_ifs_s2p_connection_type.connection'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c7e38b6664aa4155b1349d4fdce8cbb6'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'target_sys_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c8273017a42147c481fc8d11e26839b4'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'valid_until'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c8f0849c46a24891a9da1e5061fd3964'
                        deleted: true
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'sync_invoices'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c8f672776e574d10afb3c91c9d18c392'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'company'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c946933035674897a44abc14e087439f'
                        key: {
                            document_key: '0ad5e55c565348d9b5a4ba82c6c3b6d8'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c9b896decc734f64853e8c3e4d39a863'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'source_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c9f9d6312640423aa33146ad4beb81ce'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'transform_state'
                            value: 'error'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ca1c5ec0035f4ca499a78a968111c4a5'
                        key: {
                            sys_security_acl: '609943848a5a4d44ac094c9c0fb70f3f'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'ca3b30c1fcc74060ba1a0788b7bbae05'
                        key: {
                            sys_ui_action: '20877cd07fd34ccd8542f794bda0512e'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ca603c61ce9f4c01b09e7bc2d478566c'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'lease_released'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ca6b00ec0d024b9cb0f5f4130f40ecd1'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'last_success_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cc48e2c446b6489fb77b43ce1a6515ce'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'document_number'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cc844e716c9d4d04a64c3d60bc989410'
                        key: {
                            sys_security_acl: '7ead8c37eaee458b9c4279c64cc5785a'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ccb6f225b3534d0bb63125d63312d68d'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'source_value'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ccc9391ded174928aa0c8e86ab19f1fe'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cce381098baa483e8d937a1ac4c319be'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'cd3450bdbd3840d5bd0bb2539a8e25a2'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cd4f36571a3549b2bdde66bfb3c686c2'
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'cost_center_entity_set'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cdae66b518f74a07a03c949e60ae4369'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'dimension'
                            value: 'cost_center'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cde1ff5729ac4bf28721d331852909de'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'throttles'
                            position: '16'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ce7de3c3bb224a67aefdd9eabd8ee56d'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'inserted_count'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cec9329bc35b48c8812d99213b6078a3'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'source_key_hash'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cee2844f1120418fb247da0dc00281a8'
                        key: {
                            list_id: {
                                id: '6159db84086a437ea9ecd673604bbbc1'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cf36f3a3e09f42dc9d615b9d52dbc336'
                        key: {
                            list_id: {
                                id: 'f8c4063847e7468a8629370899702741'
                                key: {
                                    name: 'x_mlc_ifs_s2p_sync_state'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_success_at'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cf879f5a88944bd8a4947d858f3e144f'
                        key: {
                            sys_ui_section: {
                                id: '71ba7504c6d44b2b99ca421bed2a6441'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Status'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_run'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cf92762856df4651a21da86eb3a79e8f'
                        key: {
                            list_id: {
                                id: 'e936d99deed745f49d29178625b2552e'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'started_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cfaf338f73c94c3e9d9f11740c0ce8cb'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'next_run_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd02ce78a7d8a49338bd3e596730629f1'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'dry_run'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd09ce260e16a4adaa36147a47d65d91b'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'duration_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd0d026880fbc4ec7a021f7d6b59dd9e7'
                        key: {
                            sys_security_acl: 'f012a8fe245b4b759653c5dbf98bfb7c'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd1059e5219f14b23bbb60f67378048e3'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'overlap_seconds'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd141aee61fa54cfd95a0ee547edcda1c'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'produced_sys_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd1ea2c52e29a4963b99c9994c0e976fa'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'source'
                            value: 'admin'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd1f56a13a1b34ba58660f553191fad0b'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd308685fc3b049bfbb6b05ebdb374770'
                        key: {
                            list_id: {
                                id: '74099632364e4c909e9dac7009cff5a2'
                                key: {
                                    name: 'x_mlc_ifs_s2p_staging_key'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'removed_at'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd34324711741411d91cd23f553ea0c28'
                        key: {
                            list_id: {
                                id: '74099632364e4c909e9dac7009cff5a2'
                                key: {
                                    name: 'x_mlc_ifs_s2p_staging_key'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd47e141df28848fdb0a5ebe4f1a4a6c0'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'last_success_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd49c23a666784e249d0ebc5e0757387b'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'shipped'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd4b197ef6262411393bf637f7a321260'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd4d10789faa54d68a2f8b5a5e957ea86'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'state'
                            value: 'ignored'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd4f09d3fc853479593ea9c72aa1245f8'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd5cb7bcf41e84137b120991e2424dd6f'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'd5fcd300e44141f4a05586fe8f923e6f'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'd6119d3299e6453ba8c5c6387264886a'
                        key: {
                            sys_ui_action: 'fdaa4040f8484ea7b168bfc007dd68ef'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd6141c1ddde948f4b3a249549f76b926'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'cursor_reset'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'd62fd46b3f4546c3a30bc72255296e63'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd64db5bb67a14af6bedc72f3115f5dea'
                        key: {
                            document_key: 'f6d86e0818fc4860995283ec3dff348c'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd6503f7409074795ab6087899bb8f3a0'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'reason'
                            value: 'missing_field'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd67375ab159c454a962566994ae9abc1'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'source_kind'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd726de0524054b019e26debc4223337b'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'transform'
                            value: 'none'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd72d4b32ef2e4689a7ad063db6895d52'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'first_run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd752646a1c064f60ba9aca1e4ff2de35'
                        key: {
                            list_id: {
                                id: 'e936d99deed745f49d29178625b2552e'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd754a535574344f9aa041fd78a91e1f8'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'removal_checks_per_run'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd75fac70f7ba40998a100fa5cdacd89b'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'field_map_preset'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd7b3f1c541f145b597aff388f9d3f5ed'
                        key: {
                            list_id: {
                                id: '2d04c54107a74348abf71c6ff0f9a6a0'
                                key: {
                                    name: 'x_mlc_ifs_s2p_audit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd7d297d73ad64bc0b7f01c8e87eedc94'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'lookup'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd81cb8937b784e2bb72984abf74901b8'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'lookup_scope'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd8a029474a2a48fd92b03dfbaf6fd2b1'
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd904b588633d4e629b021b2819a3bbe2'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'preset'
                            value: 's2p_tables'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd909670fba8048b19bb6830fc8ceca4f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '994fd29087aa4bd781b849d9ac53da32'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd944ef11da59424e9bac0e39bb5217f8'
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'source_mapping'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd9a1292b5a4e449ea1566cc90b7604b8'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'shipped'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd9a6a7df80224a9cb6283af5b5bfc6ed'
                        key: {
                            list_id: {
                                id: 'f6c81c13414c413180cc9cbb3447fe31'
                                key: {
                                    name: 'x_mlc_ifs_s2p_dimension_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd9aca16ada094ad38fa44c47ccd57be5'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'object_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'da1073cd17dc417ebef4d8692e2dccff'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'field_map_preset'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'da53445261b54d04b384e19581574410'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'resolved_count'
                            position: '14'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'da880f6a5b044ae7aa3f3d678523aa29'
                        key: {
                            sys_security_acl: 'c9c402a94e51454b9b9332409b850429'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'daa00fc815c24e908a7d823d1d766735'
                        key: {
                            list_id: {
                                id: '58b10628e245450194c3bd51b5d22151'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dab1ebc28c82442db881494c62f74dad'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'company'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dae6b416bea64e8bbe0515859115e81b'
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'page_size'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'daebeb7f86424593922c508d48995642'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'last_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'db12eade876d4fed8bc590452874315c'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'updated_count'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'db18f0cf8a4b44faa925a90a9a082d76'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            caption: 'Targets'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dbe96cf9a7224d5a9e6863ca133a2322'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'lookback_seconds'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dc8b6700fb9f44ef8db931e2bce5fc0f'
                        key: {
                            list_id: {
                                id: 'a95f3ccf7470400da409173c63f675fa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_outcome'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dd17fd2ca4444a09aa046126020e95c0'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'dd26eb4be6d04813a2068f53305704a6'
                        key: {
                            sys_ui_form: {
                                id: '50af0ed2fc0548b68bb2b42d6fbfa230'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dd61d2810068452f926576eb561c36a2'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'field_map_preset'
                            value: 'legacy_procurement'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'dd9f2e5e1bd044199834c7ce0b144810'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            caption: 'Authentication'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'def4e95608764b3b86bff0f148df071f'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'message'
                            position: '19'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df239355234849bf89b0cc685236ff38'
                        key: {
                            document_key: '0ad5e55c565348d9b5a4ba82c6c3b6d8'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'df590e04021f4247becfd65a9676febf'
                        key: {
                            list_id: {
                                id: 'f6c81c13414c413180cc9cbb3447fe31'
                                key: {
                                    name: 'x_mlc_ifs_s2p_dimension_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dfacb03744fd4caa9cfb8e420764ca53'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'message'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dfd73e2d898b417899be954df4ea6fc7'
                        key: {
                            list_id: {
                                id: '2d04c54107a74348abf71c6ff0f9a6a0'
                                key: {
                                    name: 'x_mlc_ifs_s2p_audit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'source_key'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e0470b500fc4469193d992c5e5fe4ccd'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'message'
                            position: '18'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e12225061f754e3493e17ab53d07540e'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '18'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e1f1ebec2c3d4cfba8071004d8bb6350'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'number'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e201cb4657a540b8a4fc35efbf540101'
                        deleted: true
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'order_target_table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e24eb3cfca524fc1b42c8ef65ccc0d7b'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'source_key'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e26b8873bd294145a7b4444253b97b66'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'object_type'
                            value: 'purchase_order'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e2d5a105506c493aa411f579d065ac54'
                        key: {
                            sys_ui_section: {
                                id: '71ba7504c6d44b2b99ca421bed2a6441'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Status'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e403a7df27d043228ec8d269df2c8ba5'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'object_type'
                            value: 'supplier_invoice'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e4e167f645644f99ac4c536f060f709e'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e506dd57ef234619a13dc0fab5c1115d'
                        key: {
                            document_key: '4ad779c3a57c4b23ae751637d8508eac'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e50c0075f4bb4c2e8eed4d55dc3e3f76'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'e5438a12ca3d41afb67a121e89297ecb'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e54cef7a45ba489bbd692fe4bf0d0068'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'e55a0dbb0d174bf3831f17ddab272419'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e581dfffa2b44efab58798e5e43a6ad5'
                        key: {
                            sys_security_acl: '0bada2d822ee4cf598dad4bb3c1b367c'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e590194453334ad4a93d8293d3d72799'
                        key: {
                            list_id: {
                                id: 'f6c81c13414c413180cc9cbb3447fe31'
                                key: {
                                    name: 'x_mlc_ifs_s2p_dimension_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e5cdea43f7c64a319c42ed09fa2df068'
                        key: {
                            sys_ui_section: {
                                id: 'b94300e4c91648769a6e8bda7ea72eab'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection_type'
                                    caption: 'Document type'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '048d0e6856cc4ffeb3005b4623c5c6b3'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6007da389774ebe82325d0025cc1fc0'
                        key: {
                            document_key: '112129c0e2824f7f9c054bd8738550d6'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e7109bb4e96647829cf21c328a86c4d3'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'read_master_data'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e7229d50b5404a0784d867adb13567a4'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'next_run_at'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e78b228a20d94c3bb31e0fbc76a549c4'
                        key: {
                            list_id: {
                                id: 'a95f3ccf7470400da409173c63f675fa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'companies'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e7d45e1b80224740ba71722b86d02eb2'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'transform'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'e8c32807bd574e30a12a7eb13d59cd8c'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'e936d99deed745f49d29178625b2552e'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'e93e40f781ba4924a8b16ecb12b65b93'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            caption: 'Target column'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e9a4e965b06b4e03a65097ed0388ca62'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'object_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e9a9be2e62b74347bfd70cc4c8f6db8f'
                        key: {
                            list_id: {
                                id: 'e936d99deed745f49d29178625b2552e'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'rejected_count'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e9bd2d08a4d04506b5f55d697ecf8293'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'deferred_until'
                            position: '22'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'e9e9dd039c93419f8657d5eafc8347f4'
                        key: {
                            sys_ui_form: {
                                id: '4467acc4f1ff456a9c4070e710f1d41b'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '19a2a3d1b1fb4a3cb5ba00aaf25aaaa8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'IFS tenant'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ea38344ddf42407980e21d8d381ff704'
                        key: {
                            sys_security_acl: 'e0f8b233618c4d34908af40777074e37'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ea7c57377ebe4e5fb13c08596c2a6ba2'
                        key: {
                            list_id: {
                                id: '74099632364e4c909e9dac7009cff5a2'
                                key: {
                                    name: 'x_mlc_ifs_s2p_staging_key'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'creation_date'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eb09da756a0b4af3a984ac6007f040f9'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '3b03e22d5ed042358c4b7b76be4015d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb0ceaec9473441b9d73d558c92aee66'
                        key: {
                            document_key: '112129c0e2824f7f9c054bd8738550d6'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eb151555adff450da3dc7ef9d3c6cc8b'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'payload_hash'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eb5236bddb514adb911a20f8a21ea9e7'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'produced_table'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eb64e1505a2d492d8eae59e23b5702af'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'line_cursor_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ec39f7fd6e984ea4ba0aee4255ace8bc'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ecfea1fbe68847c99dc9392bfcf5f4ea'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ed2a4e23f87b42f290de9a46f7bd0d9a'
                        key: {
                            sys_security_acl: '58922e5c8b2b440bbec95adfa01fe309'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ed301c647ead40ecbef42fd1df38ace3'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ed8aa3204c4245698c49c53a153f37b7'
                        key: {
                            sys_ui_section: {
                                id: '91635292ea82458aafb49eb5f6b2c04a'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    caption: 'Flagged record'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'resolution_note'
                            position: '14'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ee25802f3864485b91e33421b71418dc'
                        key: {
                            sys_ui_section: {
                                id: '0c1f8e4a2f9b46c79c06c6a04a751387'
                                key: {
                                    name: 'x_mlc_ifs_s2p_run'
                                    caption: 'Run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'cursor_before'
                            position: '20'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ee53ae4bb3f84da285206c7b0de6ba3f'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ef32744709a4429aa050217e2f2b2f73'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'f6d86e0818fc4860995283ec3dff348c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ef3ce6e929404d2b855fef0fdbfe7f99'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'inserted_count'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ef83d110f48a44099f03f7ea3ab7c819'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'efc590410a21428f9e34e2ff1887bf46'
                        key: {
                            list_id: {
                                id: '2d04c54107a74348abf71c6ff0f9a6a0'
                                key: {
                                    name: 'x_mlc_ifs_s2p_audit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'f032a6a4966d47c6a6318bbd80f69fda'
                        key: {
                            sys_ui_action: '57a895d4377c40bfb62d89941432b442'
                            sys_user_role: {
                                id: '4c57cf9950e64aa1aca3dff72f342fd8'
                                key: {
                                    name: 'x_mlc_ifs_s2p.ap_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f09bb81da2dd4c17a2f1acb0f2a3143e'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'object_type'
                            value: 'purchase_order'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f0c47b269fee46129b87a03ebf5dd46e'
                        key: {
                            sys_security_acl: '7a11183e791a42938aa2de6fe3b37be6'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f0e769f530c24889be51c7e3ba958507'
                        key: {
                            list_id: {
                                id: '58b10628e245450194c3bd51b5d22151'
                                key: {
                                    name: 'x_mlc_ifs_s2p_flag'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f14a895da89d4dc898d4c593575528f7'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f152dce42da049608a5e24ed562e0ddf'
                        key: {
                            document_key: '1aac84c5b91f4381874d1b43085c14eb'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'f161006a73e34b4496d8898bc8657c23'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f1bfec05b98d4f0499e356ace3e44cb6'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'trigger'
                            value: 'schedule'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f1c60aed4fd14eb4834a936199d9ea06'
                        key: {
                            list_id: {
                                id: 'a95f3ccf7470400da409173c63f675fa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'tenant_url'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f1e083433a4a4ca999cc1982d512dbf6'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'object_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f23ecdb0724346f8aa97d48b0cb8fe8e'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'object_type'
                            value: 'supplier_invoice'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f2b766fe0be0403995fe182d48efb610'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'transform_state'
                            value: 'inserted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f302b25116da4da3a36f4e74c0757546'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'last_attempt_at'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'f31d85a748fa4a36acdc88491313b9ee'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f37ca3bff41c4dc6ab56d281d6e2cc69'
                        key: {
                            sys_ui_section: {
                                id: 'db18f0cf8a4b44faa925a90a9a082d76'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Targets'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'transform_mode'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f413cd1ba7694ef68aa3d056500801a4'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'lookup'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f472b17619ce44279a017c6b46444cd9'
                        key: {
                            sys_ui_section: {
                                id: '19a2a3d1b1fb4a3cb5ba00aaf25aaaa8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'IFS tenant'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'allowed_host_suffix'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f475d2bda2b64386844bfa78a6fd5305'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'creation_date'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f4793eabd40d43079b92126609891dd4'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'operation'
                            value: 'prerequisite'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f47b6df7780c4923b168b231722c55d0'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'line_scan_from'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f48874cf5504457dab98768c1bc308e8'
                        deleted: true
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'sync_orders'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'f48fd783b9374c52a44d24b8874621a7'
                        key: {
                            name: 'x_mlc_ifs_s2p.admin'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f4b8e651542e452582dd4431aaabf695'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f4e0d5738b5440a6af3cb9116bd7cb98'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'trigger'
                            value: 'continuation'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f4f38d3feb6641719e76758e71a4c304'
                        key: {
                            list_id: {
                                id: '9e6eb188f2044201b1b5a8ef325d10c8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'column_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f55fc8ddf9ac4316944376232878df7e'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'ifs_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f58c4182504749de86bd078b3d102901'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'throttles'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'f58eee3f80d943538c3a52140d5ebbdf'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f5c560c389f443ee877d1753fc03d3d9'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'lease_expires_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f61c1cfc5f9f43169a5b8f4ad8d0502e'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_run'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f637d7381bcd4ad58ba4d15ae005d7b0'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f656d0d9b48344068e6a660bba36b836'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'rejected_count'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f679c0a724a1406eb7d94779e3bd3d6e'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f683f1f9f73743f7a3f5f44d395d8a8b'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'transform_mode'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f698df5b74ed41c1b340ee90efc40166'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'supplier_entity_set'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'f6c81c13414c413180cc9cbb3447fe31'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: 'f70b18fec22d460ea10ca81f04795cfb'
                        key: {
                            role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                            contains: {
                                id: '4c57cf9950e64aa1aca3dff72f342fd8'
                                key: {
                                    name: 'x_mlc_ifs_s2p.ap_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f7226d51cd64465ba08fb55d119a2066'
                        key: {
                            list_id: {
                                id: '9e6eb188f2044201b1b5a8ef325d10c8'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'lookup_scope'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f74b7eb353d44ea69a55eea6daf69f5c'
                        key: {
                            document_key: 'd9c788bcf0f54d58ab812a7da94dad56'
                            variable: '90749dd73702030064a52f3c8e41f12d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f784fd9a1bf14f0dbee69158e20b4e73'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'payload'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f79a517dcbbe4a7a9a59f2f44df75327'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '625bff3998ec42be972cd6f76e776516'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Objects'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'gl_account_entity_set'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f79cc8a544c440218e74f78c2c03dc43'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'source_mapping'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f7bf5388c9f24cc78a66ead157ffb427'
                        key: {
                            list_id: {
                                id: 'f8c4063847e7468a8629370899702741'
                                key: {
                                    name: 'x_mlc_ifs_s2p_sync_state'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'consecutive_failures'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f7e8ce2fc3fb4df1ae8ab82f4917399b'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'column_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'f7ebcc4bc055477996d414f2a624e497'
                        key: {
                            name: 'x_mlc_ifs_s2p_dimension_map'
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f7eca522907344e884da6886dd5ec13f'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f82366c447b442afa2262c924fd37a43'
                        key: {
                            sys_security_acl: '7026a944bd954a4a834c3c01cb49b682'
                            sys_user_role: {
                                id: '722d8a15be8e4021a0fd04537ddc8dd0'
                                key: {
                                    name: 'x_mlc_ifs_s2p.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f8537e34cc0349d392629a17b4b4e6fe'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f88838c15e2c4249bcdc34a3610ad9b5'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'object_type'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'f8c4063847e7468a8629370899702741'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fa3493310e994ec28e184a5a580380d6'
                        deleted: true
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'invoice_entity_set'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fa43dffbf7364e1998c485650de4b747'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fa4b4d36252f47ba9698abed1bca4b42'
                        key: {
                            sys_security_acl: 'e0f8b233618c4d34908af40777074e37'
                            sys_user_role: {
                                id: 'f48fd783b9374c52a44d24b8874621a7'
                                key: {
                                    name: 'x_mlc_ifs_s2p.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fb1fc2a46d984e80ab1735efb300e734'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'gl_account_entity_set'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fb3ba3de6e16457783ac4858f67225d4'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'companies'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fb793bd0c66a46339ae433030df5e982'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'deferred_until'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fbf257d53d9e4d62be435520dbf06f71'
                        key: {
                            sys_security_acl: 'e0f8b233618c4d34908af40777074e37'
                            sys_user_role: {
                                id: '4c57cf9950e64aa1aca3dff72f342fd8'
                                key: {
                                    name: 'x_mlc_ifs_s2p.ap_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'fca48637bf214776ba691b6c02e5d535'
                        key: {
                            logical_table_name: 'x_mlc_ifs_s2p_flag'
                            col_name_string: 'source_key_hash'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fcceda248ba74b678011d24df004a312'
                        key: {
                            name: 'x_mlc_ifs_s2p_audit'
                            element: 'source_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: 'fd06ebb219384bc5bc7f2b5cae68009e'
                        key: {
                            rest_message: '144105bd00f64f8cbc25582c7c834e94'
                            function_name: 'get'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fdb8918d484b4c7da42081aa6992595d'
                        key: {
                            name: 'x_mlc_ifs_s2p_sync_state'
                            element: 'deferred_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'fdc3de347cc24cfc81634f4bbee5addc'
                        key: {
                            name: 'x_mlc_ifs_s2p_flag'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fe0ca64bf9b14ac0929c07f29eea5580'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection'
                            element: 'supplier_entity_set'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fe9a3dbd2b984ad0bce832edc7025915'
                        key: {
                            name: 'x_mlc_ifs_s2p_connection_type'
                            element: 'object_type'
                            value: 'receipt'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'fed6e395ded44e878ffc7fb565f2f77d'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'fee78717c87b4951b6cd8fa64eb23c0f'
                        key: {
                            sys_ui_section: {
                                id: '74ad9844e8414b7fad2df3299db4cbfa'
                                key: {
                                    name: 'x_mlc_ifs_s2p_connection'
                                    caption: 'Limits and schedule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fefd386ff57644f4a4e2ba4e93ea96bf'
                        key: {
                            sys_security_acl: '609943848a5a4d44ac094c9c0fb70f3f'
                            sys_user_role: {
                                id: '4c57cf9950e64aa1aca3dff72f342fd8'
                                key: {
                                    name: 'x_mlc_ifs_s2p.ap_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ff08cdc533114b7f84c6473f5cf700f3'
                        key: {
                            sys_ui_section: {
                                id: 'e93e40f781ba4924a8b16ecb12b65b93'
                                key: {
                                    name: 'x_mlc_ifs_s2p_field_map'
                                    caption: 'Target column'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'lookup'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ff1858a9353d4a58a9654f3db490b293'
                        key: {
                            name: 'x_mlc_ifs_s2p_staging_key'
                            element: 'match_summary'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ffcebfb3f6074d55bb5798a80e3e3a74'
                        key: {
                            name: 'x_mlc_ifs_s2p_run'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ffdfaa37508b4c1ca6a43fb791bdb8f1'
                        key: {
                            name: 'x_mlc_ifs_s2p_field_map'
                            element: 'level'
                            value: 'line'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ffe17e1879794269a41abf38ae52ab84'
                        key: {
                            list_id: {
                                id: '2d04c54107a74348abf71c6ff0f9a6a0'
                                key: {
                                    name: 'x_mlc_ifs_s2p_audit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'at'
                        }
                    },
                ]
            }
        }
    }
}
