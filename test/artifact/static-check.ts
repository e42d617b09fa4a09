import * as ts from 'typescript'

/**
 * Static check of the built sys_modules against what the instance's engine rejects (the SDK's
 * "JavaScript compatibility" guide) and what only Node offers. It reads the module text exactly as
 * installed, parsed as JavaScript, so comments and strings never trigger it and nothing the build
 * adds or removes escapes it.
 */
export type Rule =
    | 'regexp-lookbehind'
    | 'regexp-unicode-property'
    | 'regexp-match-indices'
    | 'reflect'
    | 'async-function'
    | 'await'
    | 'for-await'
    | 'node-global'
    | 'browser-global'
    | 'timer'
    | 'dynamic-code'
    | 'dynamic-import'
    | 'require-call'
    | 'foreign-import'
    | 'private-instance-member'
    | 'disallowed-builtin'
    | 'builtin-subclass'

export interface Finding {
    module: string
    line: number
    rule: Rule
    text: string
}

const NODE_GLOBALS = new Set(['process', 'Buffer', '__dirname', '__filename', 'global', 'module', 'exports'])
const BROWSER_GLOBALS = new Set(['window', 'document', 'fetch', 'XMLHttpRequest', 'navigator', 'localStorage'])
const TIMERS = new Set([
    'setTimeout',
    'setInterval',
    'setImmediate',
    'clearTimeout',
    'clearInterval',
    'clearImmediate',
    'queueMicrotask',
])
const DISALLOWED = new Set(['WeakRef', 'FinalizationRegistry', 'SharedArrayBuffer', 'Atomics', 'structuredClone'])
const BUILTINS = new Set(['Error', 'Array', 'Map', 'Set', 'Promise', 'RegExp', 'Function'])

/** Imports a sys_module may make: the app's own modules and the Glide API. */
function allowedImport(specifier: string): boolean {
    return (
        specifier.startsWith('./') ||
        specifier.startsWith('../') ||
        specifier === '@servicenow/glide' ||
        /^@servicenow\/glide\/[a-z_]+$/.test(specifier)
    )
}

function regexProblems(source: string): Rule[] {
    const rules: Rule[] = []
    if (/\(\?<[=!]/.test(source)) rules.push('regexp-lookbehind')
    if (/\\[pP]\{/.test(source)) rules.push('regexp-unicode-property')
    return rules
}

export function checkModule(modulePath: string, content: string): Finding[] {
    const file = ts.createSourceFile(modulePath + '.js', content, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS)
    const findings: Finding[] = []
    const add = (node: ts.Node, rule: Rule) => {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file))
        findings.push({ module: modulePath, line: line + 1, rule, text: node.getText(file).slice(0, 80) })
    }

    const declared = declaredNames(file)
    const visit = (node: ts.Node): void => {
        if (ts.isRegularExpressionLiteral(node)) {
            const text = node.text
            const body = text.slice(1, text.lastIndexOf('/'))
            const flags = text.slice(text.lastIndexOf('/') + 1)
            for (const rule of regexProblems(body)) add(node, rule)
            if (flags.includes('d')) add(node, 'regexp-match-indices')
        }
        if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
            const callee = node.expression
            if (ts.isIdentifier(callee) && callee.text === 'RegExp' && node.arguments) {
                const pattern = node.arguments[0]
                if (pattern && ts.isStringLiteralLike(pattern))
                    for (const rule of regexProblems(pattern.text)) add(node, rule)
            }
            if (ts.isIdentifier(callee) && callee.text === 'Function') add(node, 'dynamic-code')
            if (ts.isCallExpression(node) && callee.kind === ts.SyntaxKind.ImportKeyword) add(node, 'dynamic-import')
            if (ts.isCallExpression(node) && ts.isIdentifier(callee) && callee.text === 'eval')
                add(node, 'dynamic-code')
            if (ts.isCallExpression(node) && ts.isIdentifier(callee) && callee.text === 'require')
                add(node, 'require-call')
        }
        if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
            const specifier = node.moduleSpecifier
            if (specifier && ts.isStringLiteral(specifier) && !allowedImport(specifier.text))
                add(node, 'foreign-import')
        }
        if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) {
            add(node, 'async-function')
        }
        if (ts.isAwaitExpression(node)) add(node, 'await')
        if (ts.isForOfStatement(node) && node.awaitModifier) add(node, 'for-await')
        if (ts.isPrivateIdentifier(node) && isInstanceMemberName(node)) add(node, 'private-instance-member')
        if (ts.isClassLike(node)) {
            for (const clause of node.heritageClauses ?? []) {
                for (const type of clause.types) {
                    if (ts.isIdentifier(type.expression) && BUILTINS.has(type.expression.text))
                        add(type, 'builtin-subclass')
                }
            }
        }
        if (ts.isIdentifier(node) && !declared.has(node.text) && isFreeReference(node)) {
            const name = node.text
            if (name === 'Reflect') add(node, 'reflect')
            else if (NODE_GLOBALS.has(name)) add(node, 'node-global')
            else if (BROWSER_GLOBALS.has(name)) add(node, 'browser-global')
            else if (TIMERS.has(name)) add(node, 'timer')
            else if (DISALLOWED.has(name)) add(node, 'disallowed-builtin')
        }
        ts.forEachChild(node, visit)
    }
    visit(file)
    return findings
}

/**
 * Every name the module binds somewhere (variables, parameters, functions, classes, imports). A
 * reference to such a name is taken to be the module's own binding, not the global: a scope-free
 * approximation that errs towards silence only when the module itself declares the name.
 */
function declaredNames(file: ts.SourceFile): Set<string> {
    const names = new Set<string>()
    const visit = (node: ts.Node): void => {
        if (
            (ts.isVariableDeclaration(node) ||
                ts.isParameter(node) ||
                ts.isBindingElement(node) ||
                ts.isFunctionDeclaration(node) ||
                ts.isClassDeclaration(node) ||
                ts.isImportSpecifier(node) ||
                ts.isNamespaceImport(node) ||
                ts.isImportClause(node)) &&
            node.name &&
            ts.isIdentifier(node.name)
        ) {
            names.add(node.name.text)
        }
        ts.forEachChild(node, visit)
    }
    visit(file)
    return names
}

/** An identifier that refers to a binding (not a property name, key or declared name). */
function isFreeReference(node: ts.Identifier): boolean {
    const parent = node.parent
    if (!parent) return false
    if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false
    if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node) return false
    if (
        (ts.isMethodDeclaration(parent) || ts.isGetAccessor(parent) || ts.isSetAccessor(parent)) &&
        parent.name === node
    )
        return false
    if (ts.isBindingElement(parent) && (parent.propertyName === node || parent.name === node)) return false
    if (
        (ts.isVariableDeclaration(parent) ||
            ts.isParameter(parent) ||
            ts.isFunctionDeclaration(parent) ||
            ts.isClassDeclaration(parent)) &&
        parent.name === node
    )
        return false
    if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false
    if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false
    return true
}

function isInstanceMemberName(node: ts.PrivateIdentifier): boolean {
    const member = node.parent
    if (!member || !ts.isClassElement(member) || member.name !== node) return false
    const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) : undefined
    return !modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)
}

export function checkModules(modules: Iterable<{ path: string; content: string }>): Finding[] {
    const findings: Finding[] = []
    for (const m of modules) if (/\.(ts|js)$/.test(m.path)) findings.push(...checkModule(m.path, m.content))
    return findings
}

export function formatFindings(findings: readonly Finding[]): string {
    return findings.map((f) => `${f.module}:${f.line} ${f.rule}: ${f.text}`).join('\n')
}
