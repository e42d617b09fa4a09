#!/usr/bin/env node
/**
 * Runs the shell commands given as arguments side by side, as many at a time as there are cores,
 * starting them in the order given (put the longest first). Each command's output is held back and
 * printed whole when it ends, under its name and time, so logs stay readable. Exits 1 if any
 * command failed (after all have ended, naming them), else 0.
 *
 * Why: `npm test` ran prettier, tsc, knip + eslint and now-sdk build one after another — about
 * 165 s of CPU on one core while the other idled. They read the sources and write nothing another
 * one reads (now-sdk build writes dist/, which the others ignore), so they can run together.
 */
const { spawn } = require('child_process')
const os = require('os')

const commands = process.argv.slice(2)
const slots = Math.max(1, os.availableParallelism ? os.availableParallelism() : os.cpus().length)
const failed = []
const running = new Set()
let next = 0

function start(command) {
    const started = Date.now()
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] })
    running.add(child)
    const output = []
    child.stdout.on('data', (c) => output.push(c))
    child.stderr.on('data', (c) => output.push(c))
    child.on('close', (code, signal) => {
        running.delete(child)
        const seconds = ((Date.now() - started) / 1000).toFixed(1)
        const ok = code === 0
        process.stdout.write(`\n> ${command} (${ok ? 'ok' : `failed: ${signal ?? `exit ${code}`}`}, ${seconds} s)\n`)
        process.stdout.write(Buffer.concat(output))
        if (!ok) failed.push(command)
        launch()
    })
}

function launch() {
    while (running.size < slots && next < commands.length) start(commands[next++])
    if (running.size === 0 && next === commands.length) {
        if (failed.length > 0) {
            process.stderr.write(`\nrun-parallel: failed: ${failed.join('; ')}\n`)
            process.exit(1)
        }
    }
}

for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => {
        for (const child of running) child.kill(signal)
        process.exit(1)
    })

launch()
