/**
 * Jest globalSetup: bundles the local CLI so tests that spawn it (emulator, sync, ping) run
 * against current sources with a bare `npx jest`. A failing build is reported, not fatal: only
 * the tests that spawn the CLI need it, and they fail with their own message.
 */
const { execFileSync } = require('child_process')
const path = require('path')

module.exports = async function globalSetup() {
    if (process.env.ML_CONNECTOR_SKIP_LOCAL_BUILD === '1') return
    const root = path.resolve(__dirname, '..', '..')
    try {
        execFileSync(process.execPath, [path.join(root, 'scripts', 'build-local.js'), '--quiet'], {
            cwd: root,
            stdio: ['ignore', 'inherit', 'pipe'],
        })
    } catch (error) {
        const stderr = error.stderr ? error.stderr.toString() : error.message
        console.warn(`\n[globalSetup] local build failed; tests that spawn the CLI will fail:\n${stderr}`)
    }
}
