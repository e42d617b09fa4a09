import * as fs from 'fs'
import * as path from 'path'

/**
 * A small reader for `now-sdk build` output (dist/app). The XML there is machine-written and
 * regular: one record per `<table action="INSERT_OR_UPDATE">` block whose children are leaf fields
 * (text or CDATA, sometimes with attributes such as a reference's display name). Dictionary files
 * describe a table as nested `<element>`s with its indexes. Nothing more is needed, so no XML
 * library: a few careful patterns, each tested by the assertions that use it.
 */
interface Field {
    value: string
    attrs: Record<string, string>
}

export interface BuiltRecord {
    table: string
    file: string
    fields: Record<string, Field>
    /** Text value of a field; '' when absent or empty. */
    get(name: string): string
}

interface DictionaryColumn {
    name: string
    attrs: Record<string, string>
    choices: string[]
}

export interface DictionaryTable {
    attrs: Record<string, string>
    columns: Map<string, DictionaryColumn>
    indexes: { name: string; unique: boolean; elements: string[] }[]
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function decode(text: string): string {
    return text.replace(/&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-f]+);/gi, (_, e: string) => {
        if (e[0] === '#')
            return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        return ENTITIES[e.toLowerCase()]
    })
}

function parseAttrs(text: string): Record<string, string> {
    const attrs: Record<string, string> = {}
    for (const m of text.matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[m[1]] = decode(m[2])
    return attrs
}

const RECORD = /<([\w.]+) action="INSERT_OR_UPDATE"[^>]*>([\s\S]*?)<\/\1>/g
const FIELD = /<([\w.]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(?:\/>|>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/\1>)/g

function parseRecords(xml: string, file: string): BuiltRecord[] {
    const records: BuiltRecord[] = []
    for (const m of xml.matchAll(RECORD)) {
        const fields: Record<string, Field> = {}
        for (const f of m[2].matchAll(FIELD)) {
            fields[f[1]] = { value: f[3] !== undefined ? f[3] : decode(f[4] ?? ''), attrs: parseAttrs(f[2] ?? '') }
        }
        records.push({ table: m[1], file, fields, get: (name) => fields[name]?.value ?? '' })
    }
    return records
}

function parseDictionary(xml: string): DictionaryTable {
    const indexes: DictionaryTable['indexes'] = []
    const withoutIndexes = xml.replace(/<index([^>]*)>([\s\S]*?)<\/index>/g, (_, attrs: string, body: string) => {
        const a = parseAttrs(attrs)
        indexes.push({
            name: a.name,
            unique: a.unique === 'true',
            elements: [...body.matchAll(/<element name="([^"]+)"/g)].map((e) => e[1]),
        })
        return ''
    })
    const top = /<element name="([^"]+)"([^>]*type="collection"[^>]*)>/.exec(withoutIndexes)
    if (!top) throw new Error('dictionary file without a collection element')
    const columns = new Map<string, DictionaryColumn>()
    const body = withoutIndexes.slice(top.index + top[0].length)
    const COLUMN = /<element name="([^"]+)"([^>]*?)(\/>|>([\s\S]*?)<\/element>)/g
    for (const c of body.matchAll(COLUMN)) {
        const choices = [...(c[4] ?? '').matchAll(/<element value="([^"]*)"/g)].map((v) => v[1])
        columns.set(c[1], { name: c[1], attrs: parseAttrs(c[2]), choices })
    }
    return { attrs: { name: top[1], ...parseAttrs(top[2]) }, columns, indexes }
}

function xmlFiles(dir: string): string[] {
    if (!fs.existsSync(dir)) return []
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) return xmlFiles(full)
        return entry.name.endsWith('.xml') ? [full] : []
    })
}

export class BuildOutput {
    readonly records: BuiltRecord[]
    private readonly dictionaries = new Map<string, DictionaryTable>()

    constructor(readonly root: string) {
        if (!fs.existsSync(root)) {
            throw new Error(`${root} does not exist: run \`npx now-sdk build\` first (npm test does)`)
        }
        const files = xmlFiles(root)
        this.records = files.flatMap((file) => parseRecords(fs.readFileSync(file, 'utf8'), path.relative(root, file)))
        for (const file of xmlFiles(path.join(root, 'dictionary'))) {
            this.dictionaries.set(path.basename(file, '.xml'), parseDictionary(fs.readFileSync(file, 'utf8')))
        }
    }

    of(table: string): BuiltRecord[] {
        return this.records.filter((r) => r.table === table)
    }

    /** Records of a table whose fields all equal the given values. */
    where(table: string, values: Record<string, string>): BuiltRecord[] {
        return this.of(table).filter((r) => Object.entries(values).every(([k, v]) => r.get(k) === v))
    }

    one(table: string, values: Record<string, string>): BuiltRecord {
        const found = this.where(table, values)
        if (found.length !== 1) {
            throw new Error(`expected one ${table} record with ${JSON.stringify(values)}, found ${found.length}`)
        }
        return found[0]
    }

    bySysId(sysId: string): BuiltRecord | undefined {
        return this.records.find((r) => r.get('sys_id') === sysId)
    }

    dictionary(table: string): DictionaryTable | undefined {
        return this.dictionaries.get(table)
    }

    /** Role names attached to a record through a join table (sys_security_acl_role, sys_ui_action_role). */
    rolesVia(joinTable: string, parentField: string, parentSysId: string): string[] {
        return this.where(joinTable, { [parentField]: parentSysId })
            .map((r) => r.fields.sys_user_role?.attrs.name ?? '')
            .sort()
    }
}
