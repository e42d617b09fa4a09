import type { ObjectType } from '../../../tables/object-types'
import type { FieldMapPreset } from '../config/connection-config'
import { perPresetAndType } from '../document-types/object-type'
import type { PlatformRequirement } from '../document-types/platform-plugins'

export type { PlatformRequirement, PluginRequirement, RoleRequirement } from '../document-types/platform-plugins'

/** Plugin ids and roles per preset and object type: each registered type's `platform`. */
export const PLATFORM_REQUIREMENTS: Readonly<
    Record<FieldMapPreset, Readonly<Record<ObjectType, PlatformRequirement>>>
> = perPresetAndType((t, preset) => t.platform[preset])
