// jest's global setup must stop the run when the local build fails, never warn and carry on
// against a stale build/local bundle. The build is replaced here by a stand-in that fails. Before
// the bundle it writes the generated sources (client script, field-map records) that git does not
// track: a clean clone has none, and tests read them even when they spawn nothing.
const execFileSync = jest.fn()
jest.mock('child_process', () => ({ ...jest.requireActual('child_process'), execFileSync }))

const globalSetup = require('../support/global-setup.js') as () => Promise<void>

const GENERATORS = [/build-client-scripts\.js$/, /build-field-map-records\.js$/]
const scriptOf = (call: number): string => execFileSync.mock.calls[call][1][0]
const failure = (stderr: string): Error => Object.assign(new Error('Command failed'), { stderr: Buffer.from(stderr) })

describe('jest global setup', () => {
    const saved = process.env.ML_CONNECTOR_SKIP_LOCAL_BUILD
    beforeEach(() => {
        delete process.env.ML_CONNECTOR_SKIP_LOCAL_BUILD
        execFileSync.mockReset()
    })
    afterAll(() => {
        if (saved === undefined) delete process.env.ML_CONNECTOR_SKIP_LOCAL_BUILD
        else process.env.ML_CONNECTOR_SKIP_LOCAL_BUILD = saved
    })

    it('fails the run with the build error when the local build fails', async () => {
        execFileSync.mockImplementation((_node: string, [script]: string[]) => {
            if (/build-local\.js$/.test(script))
                throw failure('build-local failed: src/local/cli/main.ts:3:7: ERROR: Expected ";"')
            return Buffer.from('')
        })
        await expect(globalSetup()).rejects.toThrow(/local build .* failed[\s\S]*Expected ";"/)
        expect(execFileSync).toHaveBeenCalledTimes(3)
        expect(scriptOf(2)).toMatch(/scripts[\\/]build-local\.js$/)
    })

    it('fails the run, naming the generator, when a generated source cannot be written', async () => {
        execFileSync.mockImplementation((_node: string, [script]: string[]) => {
            if (/build-field-map-records\.js$/.test(script)) throw failure('ENOENT: src/tables/field-map-data')
            return Buffer.from('')
        })
        await expect(globalSetup()).rejects.toThrow(/build-field-map-records\.js failed[\s\S]*ENOENT/)
        // Nothing is bundled after a failed generator: the run stops there.
        expect(execFileSync).toHaveBeenCalledTimes(2)
    })

    it('runs the build and passes when it succeeds (the bundle exists)', async () => {
        execFileSync.mockReturnValue(Buffer.from(''))
        await expect(globalSetup()).resolves.toBeUndefined()
        expect(execFileSync).toHaveBeenCalledTimes(3)
        GENERATORS.forEach((generator, call) => expect(scriptOf(call)).toMatch(generator))
        expect(scriptOf(2)).toMatch(/build-local\.js$/)
    })

    it('bundles nothing when ML_CONNECTOR_SKIP_LOCAL_BUILD=1, but still writes the generated sources', async () => {
        process.env.ML_CONNECTOR_SKIP_LOCAL_BUILD = '1'
        execFileSync.mockReturnValue(Buffer.from(''))
        await expect(globalSetup()).resolves.toBeUndefined()
        expect(execFileSync).toHaveBeenCalledTimes(2)
        GENERATORS.forEach((generator, call) => expect(scriptOf(call)).toMatch(generator))
    })
})
