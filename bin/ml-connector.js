#!/usr/bin/env node
// The CLI is bundled by `npm run build:local` (scripts/build-local.js) into build/local/cli.js.
const path = require('path')
const fs = require('fs')

const cli = path.join(__dirname, '..', 'build', 'local', 'cli.js')
if (!fs.existsSync(cli)) {
    console.error('ml-connector is not built yet: run `npm run build:local` first.')
    process.exit(2)
}
require(cli).start()
