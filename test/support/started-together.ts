/** Something a test starts and must stop: an emulator process, a fake instance. */
interface Stoppable {
    stop(): Promise<unknown>
}

/**
 * Starts two servers at once (allSettled: neither start waits on the other). Both started: both
 * are returned. One failed: the one that did start is stopped and the failure thrown, so a
 * failed beforeAll leaves no process behind.
 */
export async function startedTogether<A extends Stoppable, B extends Stoppable>(
    a: Promise<A>,
    b: Promise<B>
): Promise<[A, B]> {
    const [first, second] = await Promise.allSettled([a, b])
    if (first.status === 'fulfilled' && second.status === 'fulfilled') return [first.value, second.value]
    await Promise.all([first, second].map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)))
    throw first.status === 'rejected' ? first.reason : (second as PromiseRejectedResult).reason
}
