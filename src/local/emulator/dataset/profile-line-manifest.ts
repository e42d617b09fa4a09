import type { EmulatedType as ObjectType } from './emulated-types'
import { IFS_DOCUMENTS, OBJVERSION, type IfsField } from './ifs-schema'
import type { IfsKey, LineManifest, ManifestLine } from './line-manifest'
import { IFS_LINES, type LineKind } from './line-schema'
import { convertedValue, renamedField, type EmulatorProfile, type ProfileSet } from './profiles'
import type { RowValue } from './row'

/**
 * The line manifest as a profile's tenant states it: every key under the profile's key names and
 * values (a text invoice key), stamps in the profile's form. Expected values stay the generator's:
 * the same lines must stage the same values under every profile.
 */
export function lineManifestUnder(profile: EmulatorProfile, m: LineManifest): LineManifest {
    if (profile.name === 'ifs-cloud') return m
    const line = (kind: LineKind) => (key: IfsKey) => convertKey(profile.lines[kind], IFS_LINES[kind].fields, key)
    const doc = (ot: ObjectType) => (key: IfsKey) => convertKey(profile.documents[ot], IFS_DOCUMENTS[ot].keys, key)
    const stamp = (kind: LineKind, v: RowValue): RowValue =>
        v === null ? null : convertedValue(profile.lines[kind], OBJVERSION, v)
    const convertLine = (l: ManifestLine): ManifestLine =>
        l.kind === 'purchase_order_line'
            ? {
                  ...l,
                  key: line(l.kind)(l.key),
                  modified: stamp(l.kind, l.modified),
                  receipts: l.receipts.map(line('receipt')),
              }
            : {
                  ...l,
                  key: line(l.kind)(l.key),
                  modified: stamp(l.kind, l.modified),
                  postings: l.postings.map((p) => ({ ...p, key: line('invoice_posting')(p.key) })),
                  match: {
                      ...l.match,
                      poLineKey: l.match.poLineKey && line('purchase_order_line')(l.match.poLineKey),
                      receiptKeys: l.match.receiptKeys.map(line('receipt')),
                  },
              }
    return {
        ...m,
        documents: m.documents.map((d) => ({ ...d, key: doc(d.objectType)(d.key), lines: d.lines.map(convertLine) })),
        receipts: m.receipts.map((r) => ({
            ...r,
            key: line('receipt')(r.key),
            modified: stamp('receipt', r.modified),
            poLineKey: line('purchase_order_line')(r.poLineKey),
        })),
        orphanLines: m.orphanLines.map((o) => ({
            ...o,
            key: line(o.kind)(o.key),
            parentKey: convertKey(profile.lines[o.kind], IFS_LINES[o.kind].fields, o.parentKey),
        })),
        removedLines: m.removedLines.map((r) => ({
            ...r,
            key: line(r.kind)(r.key),
            parentKey: convertKey(profile.lines[r.kind], IFS_LINES[r.kind].fields, r.parentKey),
            removedAt: String(convertedValue(profile.lines[r.kind], OBJVERSION, r.removedAt)),
        })),
        removedDocuments: m.removedDocuments.map((d) => ({
            ...d,
            key: doc(d.objectType)(d.key),
            removedAt: String(convertedValue(profile.documents[d.objectType], OBJVERSION, d.removedAt)),
        })),
    }
}

function convertKey(set: ProfileSet, fields: readonly IfsField[], key: IfsKey): IfsKey {
    const kinds = new Map(fields.map((f) => [f.name, f.kind]))
    return key.map(([name, value]) => [
        renamedField(set, { name, kind: kinds.get(name) ?? 'string' }).name,
        convertedValue(set, name, value),
    ])
}
