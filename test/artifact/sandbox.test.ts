import type { BuiltApp } from './built-app'
import { createSandbox } from './sandbox'

const ROOT = 'x_app/app/1.0.0/src/server'

function appOf(files: Record<string, string>): BuiltApp {
    const modules = new Map(
        Object.entries(files).map(([p, content]) => [`${ROOT}/${p}`, { path: `${ROOT}/${p}`, content, file: p }])
    )
    return { modules, scripts: [] }
}

const glide = { '@servicenow/glide': { gs: { info: () => undefined } } }

describe('the node:vm sandbox for built modules', () => {
    it('loads ES modules through relative imports and runs a script that requires them', () => {
        const app = appOf({
            'a.ts': "import { twice } from './lib/b'\nimport { gs } from '@servicenow/glide'\nexport function run(n) { gs.info('x'); return twice(n) }",
            'lib/b.ts': 'export const twice = (n) => n * 2',
        })
        const sandbox = createSandbox(app, glide, {})
        sandbox.runScript(`const { run } = require('${ROOT}/a.ts'); result = run(21)`, 'job')
        expect((sandbox.context as { result?: unknown }).result).toBe(42)
        // A second execution of the same script gets its own scope, as on the instance.
        sandbox.runScript(`const { run } = require('${ROOT}/a.ts'); result = run(1)`, 'job')
        expect((sandbox.context as { result?: unknown }).result).toBe(2)
        expect(sandbox.loaded).toEqual([`${ROOT}/a.ts`, `${ROOT}/lib/b.ts`])
    })

    it.each([
        ['process', 'export const f = () => process.env.HOME'],
        ['Buffer', "export const f = () => Buffer.from('x')"],
        ['setTimeout', 'export const f = () => setTimeout(() => 0, 1)'],
        ['fetch', "export const f = () => fetch('https://example.com')"],
        ['console', "export const f = () => console.log('x')"],
        ['Reflect', 'export const f = () => Reflect.ownKeys({})'],
        ['Promise', 'export const f = () => Promise.resolve(1)'],
    ])('offers no %s', (name, source) => {
        const sandbox = createSandbox(appOf({ 'm.ts': source }), glide, {})
        const m = sandbox.require(`${ROOT}/m.ts`) as { f: () => unknown }
        expect(() => m.f()).toThrow(`${name} is not defined`)
    })

    it('refuses eval and new Function', () => {
        const sandbox = createSandbox(appOf({ 'm.ts': "export const f = () => new Function('return 1')()" }), glide, {})
        expect(() => (sandbox.require(`${ROOT}/m.ts`) as { f: () => unknown }).f()).toThrow(/Code generation/)
    })

    it.each(['fs', 'node:fs', 'child_process', 'lodash', '@servicenow/glide/sn_unknown'])(
        'resolves no module %s',
        (id) => {
            const sandbox = createSandbox(
                appOf({ 'm.ts': `import * as x from '${id}'\nexport const y = x` }),
                glide,
                {}
            )
            expect(() => sandbox.require(`${ROOT}/m.ts`)).toThrow(/Cannot find module/)
        }
    )
})
