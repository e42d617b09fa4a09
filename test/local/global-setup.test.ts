// jest's global setup must stop the run when the local build fails, never warn and carry on
// against a stale build/local bundle. The build is replaced here by a stand-in that fails.
const execFileSync = jest.fn()
jest.mock('child_process', () => ({ ...jest.requireActual('child_process'), execFileSync }))

const globalSetup = require('../support/global-setup.js') as () => Promise<void>

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
        execFileSync.mockImplementation(() => {
            const error = new Error('Command failed') as Error & { stderr: Buffer }
            error.stderr = Buffer.from('build-local failed: src/local/cli/main.ts:3:7: ERROR: Expected ";"')
            throw error
        })
        await expect(globalSetup()).rejects.toThrow(/local build .* failed[\s\S]*Expected ";"/)
        expect(execFileSync).toHaveBeenCalledTimes(1)
        expect(execFileSync.mock.calls[0][1][0]).toMatch(/scripts[\\/]build-local\.js$/)
    })

    it('runs the build and passes when it succeeds (the bundle exists)', async () => {
        execFileSync.mockReturnValue(Buffer.from(''))
        await expect(globalSetup()).resolves.toBeUndefined()
        expect(execFileSync).toHaveBeenCalledTimes(1)
    })

    it('builds nothing when ML_CONNECTOR_SKIP_LOCAL_BUILD=1', async () => {
        process.env.ML_CONNECTOR_SKIP_LOCAL_BUILD = '1'
        await expect(globalSetup()).resolves.toBeUndefined()
        expect(execFileSync).not.toHaveBeenCalled()
    })
})
