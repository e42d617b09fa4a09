import { qualifiedMetadata, unwrapCollection, type DeclaredEntityType, type ServiceMetadata } from './service-metadata'
import { xmlTags, type XmlTag } from './xml-tags'

/** Reads XML CSDL (`$metadata`, the OData default format) into the model the checks use. */
export function readCsdlXml(text: string): ServiceMetadata {
    const reader = new CsdlXmlReader()
    for (const tag of xmlTags(text)) reader.take(tag)
    return reader.result()
}

class CsdlXmlReader {
    private namespace = ''
    private readonly aliases = new Map<string, string>()
    private readonly declared: DeclaredEntityType[] = []
    private readonly sets = new Map<string, string>()
    private readonly enums = new Set<string>()
    private current: DeclaredEntityType | null = null
    private inKey = false

    take(tag: XmlTag): void {
        const handler = this.handlers[tag.name]
        if (handler) handler(tag, tag.attributes)
    }

    private readonly handlers: Record<string, (tag: XmlTag, a: ReadonlyMap<string, string>) => void> = {
        Schema: (tag, a) => {
            if (tag.kind === 'close') return
            this.namespace = a.get('Namespace') ?? ''
            const alias = a.get('Alias')
            if (alias) this.aliases.set(alias, this.namespace)
        },
        EntityType: (tag, a) => {
            if (tag.kind === 'close') return this.closeType()
            this.current = {
                qualifiedName: `${this.namespace}.${a.get('Name') ?? ''}`,
                baseType: a.get('BaseType') ?? null,
                key: [],
                properties: [],
                navigations: [],
            }
            if (tag.kind === 'empty') this.closeType()
        },
        // Members of complex types are not entity members: leaving the entity context skips them.
        ComplexType: (tag) => {
            if (tag.kind === 'open') this.current = null
        },
        Key: (tag) => {
            this.inKey = tag.kind === 'open'
        },
        PropertyRef: (_tag, a) => {
            const name = a.get('Name')
            if (this.current && this.inKey && name) this.current.key.push(name)
        },
        Property: (tag, a) => {
            const name = a.get('Name')
            if (!this.current || tag.kind === 'close' || !name) return
            const type = a.get('Type') ?? 'Edm.String'
            this.current.properties.push({ name, type, nullable: a.get('Nullable') !== 'false' })
        },
        NavigationProperty: (tag, a) => {
            const name = a.get('Name')
            if (!this.current || tag.kind === 'close' || !name) return
            const { type, collection } = unwrapCollection(a.get('Type') ?? '')
            this.current.navigations.push({ name, type, collection })
        },
        EnumType: (tag, a) => {
            if (tag.kind !== 'close') this.enums.add(`${this.namespace}.${a.get('Name') ?? ''}`)
        },
        EntitySet: (tag, a) => {
            const name = a.get('Name')
            const type = a.get('EntityType')
            if (tag.kind !== 'close' && name && type) this.sets.set(name, type)
        },
    }

    private closeType(): void {
        if (this.current) this.declared.push(this.current)
        this.current = null
    }

    result(): ServiceMetadata {
        return qualifiedMetadata(this.declared, this.sets, this.enums, this.aliases)
    }
}
