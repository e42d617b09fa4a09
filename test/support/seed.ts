import { Random } from '../../src/local/emulator/dataset/random'

/** Environment variable that replaces the default seed of every seeded random choice in the tests. */
const TEST_SEED_ENV = 'ML_CONNECTOR_TEST_SEED'

/**
 * The seed of a test's random choices: `ML_CONNECTOR_TEST_SEED` when set (to replay a failure or
 * to explore), else the test's fixed default, so `npm test` makes the same choices every run.
 */
export function testSeed(fallback: number, env: NodeJS.ProcessEnv = process.env): number {
    const text = env[TEST_SEED_ENV]
    if (text === undefined || text === '') return fallback
    const n = Number(text)
    if (!Number.isSafeInteger(n)) throw new Error(`${TEST_SEED_ENV} must be a whole number, got "${text}"`)
    return n
}

export function seededRandom(seed: number): Random {
    return new Random(seed)
}

/** Runs `body`; if it fails, the error names the seed and how to replay it. */
export async function withSeed<T>(seed: number, body: () => Promise<T>): Promise<T> {
    try {
        return await body()
    } catch (e) {
        const err = e instanceof Error ? e : new Error(String(e))
        err.message = `[seed ${seed}; replay with ${TEST_SEED_ENV}=${seed}] ${err.message}`
        throw err
    }
}
