import type { NextLinkStyle } from './next-link-style'

/** Protocol choices of the emulated server that a test can change while it runs. */
export interface EmulatorSettings {
    nextLinks: NextLinkStyle
}
