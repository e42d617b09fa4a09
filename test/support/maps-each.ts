/**
 * A table-driven test of a pure function, one test per row (the style of the OData helpers' tests:
 * input to expected output): `fn(input)` strictly equals `expected` (for strings, numbers and
 * booleans the same as toBe). `title` is jest's printf title of the row (`%s`, `%j`, `%p`).
 */
export function itMapsEach<I, O>(fn: (input: I) => O, rows: readonly (readonly [I, O])[], title = '%s → %s'): void {
    it.each(rows.map(([input, expected]) => [input, expected] as [I, O]))(title, (input, expected) => {
        expect(fn(input)).toStrictEqual(expected)
    })
}

/** The same with a title first in each row, `[title, input, expected]`, for inputs that do not speak for themselves. */
export function itMapsEachTitled<I, O>(
    fn: (input: I) => O,
    rows: readonly (readonly [string, I, O])[],
    title = '%s'
): void {
    it.each(rows.map(([name, input, expected]) => [name, input, expected] as [string, I, O]))(
        title,
        (_name, input, expected) => {
            expect(fn(input)).toStrictEqual(expected)
        }
    )
}

/** Table rows of several inputs that all give the one `expected`: `[input, expected]` each. */
export function rowsAlike<I, O>(expected: O, ...inputs: I[]): [I, O][] {
    return inputs.map((input) => [input, expected])
}
