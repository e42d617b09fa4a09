/** IFS's Objversion: `YYYYMMDDHHMMSS`, UTC, compared as text. */
export function stampFromEpochSeconds(seconds: number): string {
    const iso = new Date(seconds * 1000).toISOString()
    return (
        iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10) + iso.slice(11, 13) + iso.slice(14, 16) + iso.slice(17, 19)
    )
}

export function epochSecondsFromStamp(stamp: string): number {
    const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(stamp)
    if (!m) throw new Error(`Not an Objversion stamp: '${stamp}' (expected YYYYMMDDHHMMSS)`)
    return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) / 1000
}

const dayCache = new Map<number, string>()

export function isoDate(epochSeconds: number): string {
    const day = Math.floor(epochSeconds / 86400)
    let text = dayCache.get(day)
    if (text === undefined) {
        text = new Date(day * 86400 * 1000).toISOString().slice(0, 10)
        dayCache.set(day, text)
    }
    return text
}

export function isoDateTime(epochSeconds: number): string {
    return new Date(epochSeconds * 1000).toISOString().slice(0, 19) + 'Z'
}
