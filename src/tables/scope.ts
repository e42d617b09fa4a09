/** The application scope; every table, role and property name starts with it. */
export const SCOPE = 'x_mlc_ifs_s2p'
