/**
 * Jest globalSetup: bundles the local CLI so tests that spawn it (emulator, sync, ping) run
 * against current sources with a bare `npx jest`. A failing build stops the run here, loudly:
 * carrying on would test whatever stale bundle build/local still holds.
 *
 * First it writes the generated sources (`npm run generate`: the forms' client script and the field-map
 * records, build outputs git does not track), which tests read even when they spawn nothing.
 *
 * ML_CONNECTOR_SKIP_LOCAL_BUILD=1 skips the bundle, for runs that spawn nothing (e.g. test/unit).
 */
const { execFileSync } = require('child_process')
const fs = require('fs')
const path = require('path')

module.exports = async function globalSetup() {
    const root = path.resolve(__dirname, '..', '..')
    for (const script of ['build-client-scripts.js', 'build-field-map-records.js']) {
        try {
            execFileSync(process.execPath, [path.join(root, 'scripts', script), '--quiet'], {
                cwd: root,
                stdio: ['ignore', 'inherit', 'pipe'],
            })
        } catch (error) {
            const stderr = error.stderr ? error.stderr.toString() : error.message
            throw new Error(`[globalSetup] scripts/${script} failed to write its generated source.\n${stderr}`)
        }
    }
    if (process.env.ML_CONNECTOR_SKIP_LOCAL_BUILD === '1') return
    try {
        execFileSync(process.execPath, [path.join(root, 'scripts', 'build-local.js'), '--quiet'], {
            cwd: root,
            stdio: ['ignore', 'inherit', 'pipe'],
        })
    } catch (error) {
        const stderr = error.stderr ? error.stderr.toString() : error.message
        throw new Error(
            `[globalSetup] the local build (scripts/build-local.js) failed, so no test runs against a stale ` +
                `build/local bundle. Fix the build, or set ML_CONNECTOR_SKIP_LOCAL_BUILD=1 to run tests that ` +
                `spawn nothing.\n${stderr}`
        )
    }
    if (!fs.existsSync(path.join(root, 'build', 'local', 'cli.js'))) {
        throw new Error('[globalSetup] the local build reported success but build/local/cli.js is missing')
    }
}
