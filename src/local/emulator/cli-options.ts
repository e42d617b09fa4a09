import { randomBytes } from 'node:crypto'
import { parseFaultSpec } from './faults/parse-fault-spec'
import type { FaultPlan } from './faults/fault-plan'
import type { EmulatorOptions } from './start-emulator'
import { isCollation } from './odata/collation'
import { isProfileName } from './dataset/profiles'
import { isNextLinkStyle } from './server/next-link-style'

export class EmulatorUsageError extends Error {}

export const EMULATOR_USAGE = `Usage: ml-connector emulator [options]
  --port N              port on 127.0.0.1 (default 0: a free port)
  --seed N              data seed (default 1)
  --invoices N          supplier invoices (default 1000)
  --orders N            purchase orders (default 500)
  --companies 10,20     IFS company ids
  --bad-share 0.05      share of bad rows
  --faults SPEC         e.g. "throttle:count=3,retryAfter=2;server_error:status=502,probability=0.1"
  --realm NAME          token realm (default ifs)
  --client-id ID        client id (default ml-connector); secret from IFS_EMULATOR_CLIENT_SECRET,
                        else generated and printed
  --rate-limit N        requests a minute per client (default 1000)
  --token-lifetime S    token lifetime in seconds (default 3600)
  --max-page-size N     server page size, at most 5000
  --shared-stamp-rows N rows of each document set sharing one Objversion
  --next-links STYLE    absolute (default), context-relative or absolute-path
  --collation NAME      binary (default) or case-insensitive (also ignores trailing spaces)
  --key-twins N         purchase orders that get a lower-case twin (same stamp)
  --space-twins N       purchase orders that get a twin whose number ends in a space (same stamp)
  --lines-per-document MIN..MAX
                        PO lines and invoice lines per document, seeded (default 1..30; N for
                        exactly N); made when a line set is first read
  --bad-line-share 0.02 share of documents with one bad line (default 0)
  --profile NAME        ifs-cloud (default) or ifs-alt: the same documents under other IFS-like
                        names (text invoice keys, a date-time stamp, other paths)`

export interface ParsedEmulatorArgs {
    options: EmulatorOptions
    /** The secret, when generated here (and so safe to print). */
    generatedSecret: string | null
}

/** Turns `ml-connector emulator` flags into emulator options. */
export function parseEmulatorArgs(
    argv: readonly string[],
    env: Readonly<Record<string, string | undefined>>
): ParsedEmulatorArgs {
    const flags = readFlags(argv)
    const int = (name: string, min: number, max: number): number | undefined => {
        const v = flags.get(name)
        if (v === undefined) return undefined
        const n = Number(v)
        if (!Number.isInteger(n) || n < min || n > max)
            throw new EmulatorUsageError(`--${name} must be an integer from ${min} to ${max}, got '${v}'`)
        return n
    }
    const badShare = parseBadShare(flags.get('bad-share'))
    const seed = int('seed', 0, 2 ** 32 - 1) ?? 1
    const envSecret = env.IFS_EMULATOR_CLIENT_SECRET
    const generatedSecret = envSecret ? null : randomBytes(12).toString('hex')
    const faults = parseFaults(flags.get('faults'), seed)
    return {
        generatedSecret,
        options: {
            // Loopback only: the emulator's secrets and control endpoint are not for a network.
            host: '127.0.0.1',
            port: int('port', 0, 65535) ?? 0,
            realm: flags.get('realm') ?? 'ifs',
            clients: [
                {
                    clientId: flags.get('client-id') ?? 'ml-connector',
                    clientSecret: envSecret ?? (generatedSecret as string),
                },
            ],
            rateLimitPerMinute: int('rate-limit', 1, 1_000_000),
            tokenLifetimeSeconds: int('token-lifetime', 1, 86400 * 30),
            maxPageSize: int('max-page-size', 1, 5000),
            faults,
            nextLinks: choice(flags.get('next-links'), isNextLinkStyle, 'next-links'),
            collation: choice(flags.get('collation'), isCollation, 'collation'),
            profile: choice(flags.get('profile'), isProfileName, 'profile'),
            dataset: {
                seed,
                invoices: int('invoices', 0, 5_000_000),
                orders: int('orders', 0, 5_000_000),
                badShare,
                sharedStampRows: int('shared-stamp-rows', 0, 5_000_000),
                keyTwins: int('key-twins', 0, 5_000_000),
                spaceTwins: int('space-twins', 0, 5_000_000),
                linesPerDocument: parseLineRange(flags.get('lines-per-document')),
                badLineShare: parseShare(flags.get('bad-line-share'), 'bad-line-share'),
                companies: flags
                    .get('companies')
                    ?.split(',')
                    .map((c) => c.trim()),
            },
        },
    }
}

const KNOWN_FLAGS: ReadonlySet<string> = new Set([
    'port',
    'seed',
    'invoices',
    'orders',
    'companies',
    'bad-share',
    'faults',
    'realm',
    'client-id',
    'rate-limit',
    'token-lifetime',
    'max-page-size',
    'shared-stamp-rows',
    'next-links',
    'collation',
    'profile',
    'key-twins',
    'space-twins',
    'lines-per-document',
    'bad-line-share',
])

function parseShare(text: string | undefined, name: string): number | undefined {
    const share = text === undefined ? undefined : Number(text)
    if (share !== undefined && !(share >= 0 && share <= 1))
        throw new EmulatorUsageError(`--${name} must be between 0 and 1, got '${text}'`)
    return share
}

/** `MIN..MAX` or `N` lines per document (0..1000). */
function parseLineRange(text: string | undefined): { min: number; max: number } | undefined {
    if (text === undefined) return undefined
    const m = /^(\d{1,4})(?:\.\.(\d{1,4}))?$/.exec(text.trim())
    const min = m ? Number(m[1]) : NaN
    const max = m ? Number(m[2] ?? m[1]) : NaN
    if (!m || min > max || max > 1000)
        throw new EmulatorUsageError(
            `--lines-per-document must be MIN..MAX with 0 <= MIN <= MAX <= 1000, got '${text}'`
        )
    return { min, max }
}

/** A flag's value if one of its choices, else a usage error; undefined when not given. */
function choice<T extends string>(text: string | undefined, is: (v: unknown) => v is T, name: string): T | undefined {
    if (text === undefined) return undefined
    if (!is(text)) throw new EmulatorUsageError(`--${name} cannot be '${text}'`)
    return text
}

/** `--name value` and `--name=value` pairs; unknown names and stray words are usage errors. */
function readFlags(argv: readonly string[]): Map<string, string> {
    const flags = new Map<string, string>()
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i]
        if (!a.startsWith('--')) throw new EmulatorUsageError(`Unexpected argument '${a}'`)
        const eq = a.indexOf('=')
        if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1))
        else {
            const value = argv[i + 1]
            if (value === undefined) throw new EmulatorUsageError(`${a} needs a value`)
            flags.set(a.slice(2), value)
            i++
        }
    }
    for (const k of flags.keys()) if (!KNOWN_FLAGS.has(k)) throw new EmulatorUsageError(`Unknown option --${k}`)
    return flags
}

function parseBadShare(text: string | undefined): number | undefined {
    const badShare = text === undefined ? undefined : Number(text)
    if (badShare !== undefined && !(badShare >= 0 && badShare <= 1))
        throw new EmulatorUsageError(`--bad-share must be between 0 and 1, got '${text}'`)
    return badShare
}

function parseFaults(spec: string | undefined, seed: number): FaultPlan | undefined {
    try {
        return spec === undefined ? undefined : parseFaultSpec(spec, seed)
    } catch (e) {
        throw new EmulatorUsageError(`--faults: ${(e as Error).message}`)
    }
}
