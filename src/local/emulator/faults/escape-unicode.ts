/**
 * `value` with every character but ASCII letters and digits written as a JSON `\uXXXX` escape (per
 * UTF-16 unit): one of the encodings a careless server echoes a credential in. The emulator's echo
 * fault writes it and the secret scan searches for it, so both mean the same form.
 */
export function escapeUnicode(value: string): string {
    return [...value]
        .map((c) =>
            /[A-Za-z0-9]/.test(c)
                ? c
                : c
                      .split('')
                      .map((u) => '\\u' + u.charCodeAt(0).toString(16).padStart(4, '0'))
                      .join('')
        )
        .join('')
}
