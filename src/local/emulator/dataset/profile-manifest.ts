import { IFS_DOCUMENTS, OBJVERSION } from './ifs-schema'
import type { Manifest } from './manifest'
import { convertedValue, renamedField, type EmulatorProfile } from './profiles'

/**
 * The manifest as a profile's tenant would state it: each document's key under the profile's key
 * names and values (a text invoice key), its stamp in the profile's form. The expectations are the
 * generator's: the same documents must stage the same values under every profile.
 */
export function manifestUnder(profile: EmulatorProfile, manifest: Manifest): Manifest {
    if (profile.name === 'ifs-cloud') return manifest
    return {
        rules: manifest.rules,
        documents: manifest.documents.map((doc) => {
            const set = profile.documents[doc.objectType]
            const kinds = new Map(IFS_DOCUMENTS[doc.objectType].keys.map((k) => [k.name, k.kind]))
            return {
                ...doc,
                key: doc.key.map(([name, value]) => [
                    renamedField(set, { name, kind: kinds.get(name) ?? 'string' }).name,
                    convertedValue(set, name, value),
                ]),
                modified: doc.modified === null ? null : convertedValue(set, OBJVERSION, doc.modified),
            }
        }),
    }
}
