import { createGlideModules } from './glide-modules'
import { GlideWorld } from './glide-world'

/**
 * For jest unit tests of code that imports `@servicenow/glide`:
 *   jest.mock('@servicenow/glide', () => require('<rel>/doubles/glide/jest-glide').modules['@servicenow/glide'])
 * (likewise for '/sn_ws' and '/sn_auth'), then `freshWorld()` in beforeEach.
 */
let current = new GlideWorld()

/** @public jest.mock factories reach it with require(), which knip does not follow. */
export const modules = createGlideModules(() => current)

export function freshWorld(world: GlideWorld = new GlideWorld()): GlideWorld {
    current = world
    return world
}
