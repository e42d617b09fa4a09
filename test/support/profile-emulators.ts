import * as fs from 'fs'
import * as path from 'path'
import { startEmulatorProcess } from './emulator-process'
import type { EmulatorProcess } from './emulator-process'
import { tempDir, writeJson } from './run-cli'

/**
 * One emulator process per naming profile, for the tests that prove a behaviour holds under IFS
 * Cloud's own names and under the alternative tenant's (configured by the shipped example alone).
 * Registers the file's beforeAll/afterAll: every emulator is up before the first test, all stop after.
 */
export const PROFILES = ['ifs-cloud', 'ifs-alt'] as const
export type Profile = (typeof PROFILES)[number]

export interface ProfileEmulatorsOptions {
    tempPrefix: string
    /** The emulator's arguments besides `--profile`. */
    args: readonly string[]
    clientSecret: string
    /** Each profile's connection config, written to `<profile>.json` beside its database `<profile>.db`. */
    configFor?: (profile: Profile, url: string, database: string) => Record<string, unknown>
}

export interface ProfileEmulators {
    readonly emulators: Partial<Record<Profile, EmulatorProcess>>
    readonly databases: Partial<Record<Profile, string>>
    readonly configs: Partial<Record<Profile, string>>
    /** The temporary folder holding the databases and configs (set in beforeAll). */
    readonly dir: string
}

export function emulatorPerProfile(options: ProfileEmulatorsOptions): ProfileEmulators {
    let dir = ''
    const rig = {
        emulators: {} as Partial<Record<Profile, EmulatorProcess>>,
        databases: {} as Partial<Record<Profile, string>>,
        configs: {} as Partial<Record<Profile, string>>,
        get dir(): string {
            return dir
        },
    }
    beforeAll(async () => {
        dir = tempDir(options.tempPrefix)
        for (const profile of PROFILES) {
            const emulator = await startEmulatorProcess([...options.args, '--profile', profile], {
                clientSecret: options.clientSecret,
            })
            rig.emulators[profile] = emulator
            if (!options.configFor) continue
            const database = path.join(dir, `${profile}.db`)
            rig.databases[profile] = database
            rig.configs[profile] = writeJson(
                path.join(dir, `${profile}.json`),
                options.configFor(profile, emulator.url, database)
            )
        }
    })
    afterAll(async () => {
        await Promise.all(PROFILES.map((p) => rig.emulators[p]?.stop()))
    })
    return rig
}

/** The shipped `examples/ifs-alt.config.json`: the alternative tenant configured by mapping alone. */
export function altExampleConfig(): Record<string, any> {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples/ifs-alt.config.json'), 'utf8'))
}
