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
// The CLI is bundled as cli-bundle.js; build/local/cli.js is scripts/cli-launcher.js, which runs the
// bundle through V8's code cache (see there).
const entries = [
    { in: 'src/local/cli/main.ts', out: 'cli-bundle' },
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
    // Code caches of earlier bundles are stale: the launcher would never read them again.
    for (const file of fs.readdirSync(outdir)) if (file.endsWith('.v8cache')) fs.rmSync(path.join(outdir, file))
    fs.copyFileSync(path.join(root, 'scripts', 'cli-launcher.js'), path.join(outdir, 'cli.js'))
    if (!process.argv.includes('--quiet')) {
        const names = ['cli', ...entries.map((e) => e.out)].map((name) => `build/local/${name}.js`).join(', ')
        console.log(`build-local: ${names} in ${Date.now() - started} ms`)
    }
}

main().catch((error) => {
    console.error(`build-local failed: ${error.message}`)
    process.exit(1)
})
