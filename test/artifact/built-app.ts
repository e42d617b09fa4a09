import * as fs from 'fs'
import * as path from 'path'

/** A sys_module record as the build writes it: the installed path and the ES module source. */
interface BuiltModule {
    path: string
    content: string
    file: string
}

/** A server script record (sysauto_script, sysevent_script_action) with its script field. */
export interface BuiltScript {
    table: string
    name: string
    script: string
    file: string
}

export interface BuiltApp {
    modules: Map<string, BuiltModule>
    scripts: BuiltScript[]
}

/** Reads the records `now-sdk build` wrote under dist/app/update, exactly as they would install. */
export function readBuiltApp(distAppDir: string): BuiltApp {
    const updateDir = path.join(distAppDir, 'update')
    if (!fs.existsSync(updateDir)) throw new Error(`${updateDir} is missing: run \`npx now-sdk build\` first`)
    const modules = new Map<string, BuiltModule>()
    const scripts: BuiltScript[] = []
    for (const file of fs.readdirSync(updateDir).sort()) {
        if (!file.endsWith('.xml')) continue
        const full = path.join(updateDir, file)
        const xml = fs.readFileSync(full, 'utf8')
        if (file.startsWith('sys_module_')) {
            const modulePath = field(xml, 'path')
            if (modulePath === null) throw new Error(`${file}: sys_module without a path`)
            modules.set(modulePath, { path: modulePath, content: field(xml, 'content') ?? '', file })
        } else if (file.startsWith('sysauto_script_') || file.startsWith('sysevent_script_action_')) {
            scripts.push({
                table: file.startsWith('sysauto') ? 'sysauto_script' : 'sysevent_script_action',
                name: field(xml, 'name') ?? file,
                script: field(xml, 'script') ?? '',
                file,
            })
        }
    }
    return { modules, scripts }
}

/**
 * The text of one field of a record: CDATA (with `]]>` split across sections re-joined) or
 * escaped text. Elements are scanned in order with each CDATA section consumed whole, so markup
 * inside a module's source (a `<path>` in a comment) is never taken for a field.
 */
export function field(xml: string, name: string): string | null {
    const element = /<([\w.]+)(?: [^>]*)?>(<!\[CDATA\[[\s\S]*?\]\]>|[^<]*)<\/\1>/g
    for (let match = element.exec(xml); match; match = element.exec(xml)) {
        if (match[1] !== name) continue
        const raw = match[2]
        if (raw.startsWith('<![CDATA[')) {
            return raw
                .slice('<![CDATA['.length, raw.length - ']]>'.length)
                .split(']]]]><![CDATA[>')
                .join(']]>')
        }
        return raw
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'")
            .replace(/&amp;/g, '&')
    }
    return null
}
