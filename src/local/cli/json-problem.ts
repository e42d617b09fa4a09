/**
 * Where JSON.parse stopped, as line and column, never its own message: V8 quotes about ten
 * characters either side of the error, which for an unquoted value is a secret pasted into the file.
 */
export function jsonProblem(text: string, message: string): string {
    const position = jsonErrorPosition(text, message)
    if (position === null) return 'not valid JSON (check quotes, commas and brackets)'
    const before = text.slice(0, position).split('\n')
    return `not valid JSON at line ${before.length}, column ${before[before.length - 1].length + 1}`
}

function jsonErrorPosition(text: string, message: string): number | null {
    const at = /at position (\d+)/.exec(message)
    if (at) return Number(at[1])
    if (/Unexpected end of JSON input/.test(message)) return text.length
    // `Unexpected token 'x', ..."<10 chars before><token + 9 after>"... is not valid JSON`
    const quoted = /^Unexpected token .*?, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message)
    if (!quoted) return null
    const [, lead, context, trail] = quoted
    if (lead) {
        const start = text.indexOf(context)
        return start >= 0 && text.indexOf(context, start + 1) < 0 ? start + 10 : null
    }
    return trail ? context.length - 10 : null
}
