// The root tsconfig resolves modules the node10 way, which ignores package.json `exports`, so the
// Glide namespace subpaths the SDK build resolves (moduleResolution bundler) are declared here.
declare module '@servicenow/glide/sn_ws' {
    export * from '@servicenow/glide/src/sn_ws'
}
declare module '@servicenow/glide/sn_auth' {
    export * from '@servicenow/glide/src/sn_auth'
}
