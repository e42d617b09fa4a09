import { RestMessage } from '@servicenow/sdk/core'

// No OAuth provider or profile ships with the app: the admin registers IFS with the platform's own
// form (System OAuth > Application Registry > New > "Connect to a third party OAuth Provider"),
// which sets the provider's type and OAuth API script to the documented values and creates the
// profile; the connection points at that profile. Test connection and every run check the provider
// against the connection (token URL host under the allowed suffix, same token URL, same client id,
// client credentials) before any token is requested (src/server/core/config/oauth-provider-check.ts).
//
// One GET method; the Http adapter sets the full endpoint per request (tenant URL + OData path) and
// the bearer token of the connection's own profile (GlideOAuthClient), so neither the message nor
// its method authenticates by itself. Every request is sent at outbound log level "basic"
// (RESTMessageV2.setLogLevel in src/server/glide/glide-http.ts): request headers are never logged.
export const ifsRestMessage = RestMessage({
    $id: Now.ID['rest_message_ifs'],
    name: 'ml-connector IFS',
    endpoint: 'https://example.ifs.cloud/main/ifsapplications/projection/v1',
    description: 'IFS Cloud OData v4 (read-only). The endpoint is replaced per request by the connection tenant URL.',
    authenticationType: 'noAuthentication',
    headers: [{ $id: Now.ID['rest_message_ifs_accept'], name: 'Accept', value: 'application/json' }],
    functions: [
        {
            name: 'get',
            httpMethod: 'GET',
            authenticationType: 'noAuthentication',
        },
    ],
})
