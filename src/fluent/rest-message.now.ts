import { Record, RestMessage } from '@servicenow/sdk/core'

// OAuth 2.0 client credentials against IFS's Keycloak realm. The admin enters the client id and
// secret in these two registry records (the platform stores the secret encrypted); the app never
// holds either in a property or a plain column. Explicit sys_ids so the REST message can point at
// the profile (RestMessage wants a literal sys_id). Installed once, so upgrades keep the admin's edits.

export const IFS_OAUTH_ENTITY_ID = '6d1c0a8f3b7e4c52a9e0f4b1c2d3e401'
export const IFS_OAUTH_PROFILE_ID = '6d1c0a8f3b7e4c52a9e0f4b1c2d3e402'

export const ifsOAuthProvider = Record({
    $id: '6d1c0a8f3b7e4c52a9e0f4b1c2d3e401',
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity',
    data: {
        name: 'ml-connector IFS Cloud',
        type: 'oauth2',
        default_grant_type: 'client_credentials',
        token_url: 'https://example.ifs.cloud/auth/realms/example/protocol/openid-connect/token',
        client_id: '',
        active: true,
        comments:
            'Set the token URL to <tenant>/auth/realms/<realm>/protocol/openid-connect/token and enter the IFS client id and secret here.',
    },
})

export const ifsOAuthProfile = Record({
    $id: '6d1c0a8f3b7e4c52a9e0f4b1c2d3e402',
    $meta: { installMethod: 'first install' },
    table: 'oauth_entity_profile',
    data: {
        name: 'ml-connector IFS Cloud (client credentials)',
        oauth_entity: '6d1c0a8f3b7e4c52a9e0f4b1c2d3e401',
        grant_type: 'client_credentials',
        default: true,
    },
})

// One GET method; the Http adapter sets the full endpoint per request (tenant URL + OData path).
export const ifsRestMessage = RestMessage({
    $id: Now.ID['rest_message_ifs'],
    name: 'ml-connector IFS',
    endpoint: 'https://example.ifs.cloud/main/ifsapplications/projection/v1',
    description: 'IFS Cloud OData v4 (read-only). The endpoint is replaced per request by the connection tenant URL.',
    authenticationType: 'oauth2',
    oauthProfile: '6d1c0a8f3b7e4c52a9e0f4b1c2d3e402',
    headers: [{ $id: Now.ID['rest_message_ifs_accept'], name: 'Accept', value: 'application/json' }],
    functions: [
        {
            name: 'get',
            httpMethod: 'GET',
            // The core sends the bearer token of each connection's own OAuth profile (GlideOAuthClient),
            // so the platform must not attach the message-level profile's token as a second one.
            authenticationType: 'noAuthentication',
        },
    ],
})
