/**
 * The error `run` throws, when it is an `ErrorClass`: the test then asserts on its fields. Any
 * other error goes up as it is, and a call that returns fails the test.
 */
export function thrownBy<E extends Error>(ErrorClass: new (...args: never[]) => E, run: () => unknown): E {
    try {
        run()
    } catch (error) {
        if (error instanceof ErrorClass) return error
        throw error
    }
    throw new Error(`expected ${ErrorClass.name}, the call returned`)
}
