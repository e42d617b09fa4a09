import { transformSync } from 'esbuild'
import * as path from 'path'
import * as vm from 'vm'
import type { BuiltApp } from './built-app'

/** Removed from the context: disallowed on the instance, Promise-based, or V8's own console. */
const REMOVED_INTRINSICS = [
    'Reflect',
    'Promise',
    'WeakRef',
    'FinalizationRegistry',
    'SharedArrayBuffer',
    'Atomics',
    'console',
]

export interface Sandbox {
    context: vm.Context
    /** The app-scope `require` a server script sees: absolute sys_module paths and the Glide API. */
    require(id: string): unknown
    /** Runs a server script (e.g. a sysauto_script's script field) with extra globals such as `event`. */
    runScript(script: string, filename: string, globals?: Record<string, unknown>): void
    /** Module paths loaded so far, in load order. */
    loaded: string[]
}

/**
 * A node:vm context shaped like the instance's script engine: the JavaScript intrinsics minus the
 * disallowed ones, the Glide globals given, a `require` that resolves only the app's sys_modules
 * and `@servicenow/glide*`, and nothing from Node (no process, Buffer, timers, fetch, console,
 * eval or new Function). Each sys_module is turned into CommonJS by esbuild's transform, as the
 * platform's module loader does, and evaluated inside the context.
 */
export function createSandbox(
    app: BuiltApp,
    glideModules: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
    glideGlobals: Readonly<Record<string, unknown>>
): Sandbox {
    const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } })
    vm.runInContext(REMOVED_INTRINSICS.map((name) => `delete globalThis.${name};`).join('\n'), context)
    const cache = new Map<string, { exports: unknown }>()
    const loaded: string[] = []

    const resolve = (id: string, from: string | null): string => {
        if (id.startsWith('./') || id.startsWith('../')) {
            if (from === null) throw new Error(`Cannot resolve relative module '${id}' from a script`)
            id = path.posix.normalize(path.posix.join(path.posix.dirname(from), id))
        }
        for (const candidate of [id, `${id}.ts`, `${id}.js`, `${id}/index.ts`, `${id}/index.js`]) {
            if (app.modules.has(candidate)) return candidate
        }
        throw new Error(`Cannot find module '${id}'${from ? ` from ${from}` : ''}`)
    }

    const load = (id: string, from: string | null): unknown => {
        if (id === '@servicenow/glide' || id.startsWith('@servicenow/glide/')) {
            const glide = glideModules[id]
            if (!glide) throw new Error(`Cannot find module '${id}': no Glide double for it`)
            return glide
        }
        const modulePath = resolve(id, from)
        const cached = cache.get(modulePath)
        if (cached) return cached.exports
        const source = app.modules.get(modulePath)!.content
        const { code } = transformSync(source, {
            loader: 'js',
            format: 'cjs',
            target: 'es2022',
            sourcefile: modulePath,
        })
        const module = { exports: {} as unknown }
        cache.set(modulePath, module)
        loaded.push(modulePath)
        const wrapper = new vm.Script(`(function (exports, require, module) {\n${code}\n})`, {
            filename: modulePath,
            lineOffset: -1,
        }).runInContext(context) as (exports: unknown, require: (id: string) => unknown, module: unknown) => void
        wrapper(module.exports, (child: string) => load(child, modulePath), module)
        return module.exports
    }

    const appRequire = (id: string) => load(id, null)
    Object.assign(context, glideGlobals, { require: appRequire })

    return {
        context,
        require: appRequire,
        loaded,
        runScript(script, filename, globals = {}) {
            Object.assign(context, globals)
            try {
                // Each execution of a server script has its own scope on the instance: top-level
                // `const`s of one run must not collide with the next run's.
                new vm.Script(`(function () {\n${script}\n})()`, { filename, lineOffset: -1 }).runInContext(context)
            } finally {
                for (const name of Object.keys(globals)) delete (context as Record<string, unknown>)[name]
            }
        },
    }
}
