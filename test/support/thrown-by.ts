/**
 * What `run` throws, when it is a `type`: anything else thrown goes on up, and a call that returns
 * fails the test. Replaces the try/catch-and-cast that tests of failures otherwise repeat.
 */
export function thrownBy<T>(type: abstract new (...args: never[]) => T, run: () => unknown): T {
    try {
        run()
    } catch (error) {
        if (error instanceof type) return error
        throw error
    }
    throw new Error(`expected ${type.name} to be thrown, the call returned`)
}
