#!/usr/bin/env node
/**
 * Bundles the Node-side entry points (CLI, benchmark) into build/local with esbuild.
 * better-sqlite3 stays external: it is a native module loaded from node_modules at run time.
 */
const fs = require('fs')
const path = require('path')
const esbuild = require('esbuild')

const root = path.resolve(__dirname, '..')
const outdir = path.join(root, 'build', 'local')

// Entry points that exist are built; the bench entry lands later and is optional.
const entries = [
    { in: 'src/local/cli/main.ts', out: 'cli' },
    { in: 'src/local/bench/main.ts', out: 'bench' },
].filter((e) => fs.existsSync(path.join(root, e.in)))

async function main() {
    const started = Date.now()
    await esbuild.build({
        absWorkingDir: root,
        entryPoints: entries,
        outdir,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        // Linked, not inline: every CLI start would otherwise read a 2 MB map it never uses, and the
        // tests start the CLI hundreds of times.
        sourcemap: 'linked',
        external: ['better-sqlite3'],
        logLevel: 'warning',
    })
    if (!process.argv.includes('--quiet')) {
        const names = entries.map((e) => `build/local/${e.out}.js`).join(', ')
        console.log(`build-local: ${names} in ${Date.now() - started} ms`)
    }
}

main().catch((error) => {
    console.error(`build-local failed: ${error.message}`)
    process.exit(1)
})
