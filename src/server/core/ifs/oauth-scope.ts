/** The scope IFS Cloud's client-credentials flow asks for (IFS techdocs, "Client credential flow"). */
export const IFS_TOKEN_SCOPE = 'openid microprofile-jwt'
