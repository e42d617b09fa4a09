/**
 * Last line of defence for secrets: every text that leaves the core (audit rows, run messages,
 * flags, logs, errors) passes through scrub(). Secrets are registered the moment they are known
 * (access tokens by the token manager; the client secret by the Node token source).
 */
export class Redactor {
    private readonly secrets = new Set<string>()

    register(secret: string): void {
        // Very short values would blank out ordinary words; real secrets are long.
        if (secret && secret.length >= 6) this.secrets.add(secret)
    }

    scrub(text: string): string {
        let out = text
        for (const s of this.secrets) if (out.includes(s)) out = out.split(s).join('***')
        // Bearer tokens and form-encoded secrets that were never registered.
        return out
            .replace(/(Bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi, '$1***')
            .replace(/(client_secret=)[^&\s"]+/gi, '$1***')
            .replace(/("(?:access_token|client_secret|refresh_token|id_token)"\s*:\s*")[^"]*"/gi, '$1***"')
    }
}
