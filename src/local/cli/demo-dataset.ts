/**
 * 1..6 lines a document (the emulator's default is 1..30): every document staged with its lines,
 * in a demo that still ends within a minute or so. A module of its own, importing nothing, so the
 * demo's tests can start the same dataset without reaching the engine.
 */
export const DEMO_LINES_PER_DOCUMENT = { min: 1, max: 6 } as const
