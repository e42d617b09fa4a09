import type { GlideWorld } from './glide-world'
import { freshWorld, modules } from './jest-glide'

/** A form or list message a UI action showed through gs.addInfoMessage / gs.addErrorMessage. */
export interface ShownMessage {
    level: 'info' | 'error'
    text: string
}

/** Every message shown since the test last emptied it (`shown.length = 0`). */
export const shown: ShownMessage[] = []

/**
 * The Glide doubles for tests of the UI actions and rules, with the messages they show recorded:
 *   jest.mock('@servicenow/glide', () => require('<rel>/doubles/glide/jest-glide-ui').glideShowingMessages())
 *   jest.mock('@servicenow/glide/sn_ws', () => require('<rel>/doubles/glide/jest-glide-ui').snWs)
 *   jest.mock('@servicenow/glide/sn_auth', () => require('<rel>/doubles/glide/jest-glide-ui').snAuth)
 */
/** @public reached through jest.mock's require, which knip does not follow */
export function glideShowingMessages(): Record<string, unknown> {
    const glide = modules['@servicenow/glide']
    return {
        ...glide,
        gs: {
            ...(glide.gs as object),
            addInfoMessage: (text: string) => shown.push({ level: 'info', text }),
            addErrorMessage: (text: string) => shown.push({ level: 'error', text }),
        },
    }
}

/** @public (as above) */
export const snWs = modules['@servicenow/glide/sn_ws']
/** @public (as above) */
export const snAuth = modules['@servicenow/glide/sn_auth']

/** A fresh world (see jest-glide) in which `userName` is signed in with these roles. */
export function worldWithUser(userName: string, roles: string[]): GlideWorld {
    const world = freshWorld()
    world.addUser(userName, roles)
    return world
}
