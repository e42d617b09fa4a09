#!/usr/bin/env node
/**
 * build/local/cli.js (copied there by scripts/build-local.js): runs the CLI bundle, cli-bundle.js,
 * through V8's code cache.
 *
 * Why: every start of the CLI compiled the 1.5 MB bundle (half of it zod) again — about 60 ms of
 * CPU before the command did anything, and the tests start the CLI many hundreds of times. The
 * first start after a build saves V8's compiled code next to the bundle; later starts load it.
 * The cache file is named by the bundle's content, Node version and architecture; V8 itself
 * refuses a cache made under other flags (then this start compiles as before and saves a new
 * one). A directory that cannot be written only means no cache.
 *
 * The bundle runs as this very module (same `module`, `require`, directory), so `require.main ===
 * module` and `require('build/local/cli.js').start` behave as they did when the bundle was cli.js.
 */
const crypto = require('crypto')
const fs = require('fs')
const path = require('path')
const vm = require('vm')
const { wrap } = require('module')

const bundle = path.join(__dirname, 'cli-bundle.js')
const source = fs.readFileSync(bundle, 'utf8')
const key = crypto.createHash('sha256').update(`${process.version} ${process.arch}\n`).update(source).digest('hex')
const cacheFile = path.join(__dirname, `cli-bundle.${key.slice(0, 16)}.v8cache`)

let cachedData
try {
    cachedData = fs.readFileSync(cacheFile)
} catch {
    cachedData = undefined
}
const script = new vm.Script(wrap(source), { filename: bundle, cachedData })
script.runInThisContext().call(module.exports, module.exports, require, module, bundle, __dirname)

// After the bundle's top level ran (zod's schemas built, the command started): the functions
// compiled so far are what every start needs.
if (cachedData === undefined || script.cachedDataRejected) {
    try {
        const partial = `${cacheFile}.${process.pid}`
        fs.writeFileSync(partial, script.createCachedData())
        fs.renameSync(partial, cacheFile)
    } catch {
        // Read-only build directory: run uncached.
    }
}
