#!/usr/bin/env node
/**
 * The long reliability soak (issue 9): `node scripts/soak.js [--rows 100000] [--kills 200]
 * [--seed 1] [--page-size 1000] [--check-every 10] [--max-nth N] [--row-by-row] [--lines]`. Builds the local CLI and the
 * soak driver (src/local/faults/soak.ts) with esbuild, then runs the driver: it SIGKILLs real
 * `ml-connector sync` processes at seeded random points and checks that nothing was lost,
 * doubled or leaked. Exit code 0 only when the table shows zeros where it must.
 */
const { execFileSync } = require('child_process')
const path = require('path')
const esbuild = require('esbuild')

const root = path.resolve(__dirname, '..')
const outdir = path.join(root, 'build', 'local')

async function run() {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-local.js'), '--quiet'], { stdio: 'inherit' })
    await esbuild.build({
        absWorkingDir: root,
        entryPoints: [{ in: 'src/local/faults/soak.ts', out: 'soak' }],
        outdir,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        sourcemap: 'inline',
        external: ['better-sqlite3'],
        logLevel: 'warning',
    })
    const { main } = require(path.join(outdir, 'soak.js'))
    return main(process.argv.slice(2), path.join(outdir, 'cli.js'))
}

run().then(
    (code) => process.exit(code),
    (error) => {
        console.error(`soak failed: ${error && error.stack ? error.stack : error}`)
        process.exit(2)
    }
)
