import { checkModule } from './static-check'
import type { Rule } from './static-check'

const rulesOf = (source: string): Rule[] => checkModule('x/m.ts', source).map((f) => f.rule)

describe('static check of built modules', () => {
    it.each<[string, string, Rule]>([
        ['lookbehind', 'export const r = /(?<=\\$)\\d+/', 'regexp-lookbehind'],
        ['negative lookbehind', 'const r = /(?<!a)b/g', 'regexp-lookbehind'],
        ['lookbehind in new RegExp', "const r = new RegExp('(?<=x)y')", 'regexp-lookbehind'],
        ['unicode property escape', 'const r = /\\p{L}+/u', 'regexp-unicode-property'],
        ['match indices flag', 'const r = /a/d', 'regexp-match-indices'],
        ['Reflect', 'export const k = Reflect.ownKeys({})', 'reflect'],
        ['async function', 'export async function f() {}', 'async-function'],
        ['async method', 'class A { async m() {} }', 'async-function'],
        ['async arrow', 'const f = async () => 1', 'async-function'],
        ['await', 'async function f(p) { await p }', 'await'],
        ['process', 'const e = process.env.X', 'node-global'],
        ['Buffer', "const b = Buffer.from('x')", 'node-global'],
        ['__dirname', 'const d = __dirname', 'node-global'],
        ['setTimeout', 'setTimeout(() => 1, 5)', 'timer'],
        ['fetch', "fetch('https://x')", 'browser-global'],
        ['node import', "import * as fs from 'fs'", 'foreign-import'],
        ['node: import', "import { readFileSync } from 'node:fs'", 'foreign-import'],
        ['npm import', "import x from 'lodash'", 'foreign-import'],
        ['require call', "const fs = require('fs')", 'require-call'],
        ['dynamic import', "const m = import('./x')", 'dynamic-import'],
        ['new Function', "const f = new Function('return 1')", 'dynamic-code'],
        ['eval', "eval('1')", 'dynamic-code'],
        ['private instance field', 'class A { #x = 1 }', 'private-instance-member'],
        ['WeakRef', 'const w = new WeakRef({})', 'disallowed-builtin'],
        ['structuredClone', 'const c = structuredClone({})', 'disallowed-builtin'],
        ['Error subclass', 'class E extends Error {}', 'builtin-subclass'],
    ])('flags %s', (_name, source, rule) => {
        expect(rulesOf(source)).toContain(rule)
    })

    it.each<[string, string]>([
        [
            'names in comments and strings',
            "// process.env, setTimeout, (?<=x)\nconst s = 'Reflect Buffer fetch (?<=a)'",
        ],
        ['property names', 'const o = { process: 1, fetch: 2 }; o.process; o.setTimeout; class A { fetch() {} }'],
        ['declarations of such names', 'function f(process) {} const { timer: setTimeout } = {}'],
        ['references to a local of such a name', 'const window = 1\nexport const w = `${window}`'],
        ['lookahead and named groups', 'const r = /(?=a)(?<year>\\d{4})(?!b)/'],
        [
            'relative and Glide imports',
            "import { a } from './a'\nimport { gs } from '@servicenow/glide'\nimport { RESTMessageV2 } from '@servicenow/glide/sn_ws'",
        ],
        ['private static field', 'class A { static #n = 0 }'],
        ['class fields and ??', 'class A { x = 1; y = this.x ?? 2 }'],
    ])('accepts %s', (_name, source) => {
        expect(rulesOf(source)).toEqual([])
    })

    it('reports the module and line of each finding', () => {
        expect(checkModule('app/src/server/x.ts', 'const a = 1\nconst b = process.env')).toEqual([
            { module: 'app/src/server/x.ts', line: 2, rule: 'node-global', text: 'process' },
        ])
    })
})
