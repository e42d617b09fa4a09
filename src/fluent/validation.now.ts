import { BusinessRule, ClientScript } from '@servicenow/sdk/core'
import { validateConnectionSave } from '../server/entry/ui/validate-connection-rule'

// Connection save rules, twice: in the browser for quick feedback, on the server as the guarantee.

ClientScript({
    $id: Now.ID['client_script_connection_validation'],
    name: 'ml-connector: validate connection limits and tenant URL',
    table: 'x_mlc_ifs_s2p_connection',
    type: 'onSubmit',
    global: true,
    uiType: 'all',
    active: true,
    isolateScript: true,
    description: 'Page size 1-5000, requests per minute 1-1000, https tenant URL (mirrors the business rule).',
    script: Now.include('./client/connection-form-validation.js'),
})

BusinessRule({
    $id: Now.ID['business_rule_connection_validation'],
    name: 'ml-connector: refuse invalid connection settings',
    table: 'x_mlc_ifs_s2p_connection',
    when: 'before',
    action: ['insert', 'update'],
    active: true,
    order: 100,
    description: 'Refuses a save with a page size, request ceiling or tenant URL outside what IFS allows.',
    script: validateConnectionSave,
})
