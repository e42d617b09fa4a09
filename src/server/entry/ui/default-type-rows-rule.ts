import type { GlideRecord } from '@servicenow/glide'
import type { FieldMapPreset } from '../../core/config/connection-config'
import { addDefaultTypeRows } from '../../core/config/connection-types'
import { CONNECTION } from '../../../tables/connection'
import { createGlidePorts } from '../../glide/create-glide-ports'

/**
 * After insert of a connection: one document type row per registered type, with the registry's
 * entity set and the preset's target table, so the admin edits rows instead of typing type ids.
 * A business rule (not the form) so that every way of creating a connection gets them.
 */
export function addConnectionTypeRows(current: GlideRecord<'x_mlc_ifs_s2p_connection'>): void {
    const preset = (current.getValue('field_map_preset') ??
        CONNECTION.columns.field_map_preset.options.default) as FieldMapPreset
    addDefaultTypeRows(createGlidePorts().store, current.getUniqueValue(), preset)
}
