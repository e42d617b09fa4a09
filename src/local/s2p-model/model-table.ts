import type { ColumnKind } from '../../server/ports/platform'
import type { RecordValues } from '../../server/ports/store'

/**
 * One column of a Source-to-Pay table as ServiceNow's documentation describes it (facts and their
 * pages: /work/shared/reference/s2p-targets.md, summarised in the README's Targets section).
 * `documented: 'name'` means the page prints the column name; `'label-only'` means only the label
 * is documented and the name is this model's best reading of it (an instance may differ: the
 * prerequisite check reads the real dictionary). Lengths are the model's choice where no page gives one.
 */
export interface ModelColumn {
    name: string
    kind: ColumnKind
    maxLength?: number
    mandatory: boolean
    /** Choice values (not labels), where the documentation lists them. */
    choices?: readonly string[]
    /** `connector`: not ServiceNow's: the column the README tells an admin to add (the staging key). */
    documented: 'name' | 'label-only' | 'connector'
    /** Dictionary default applied on insert. */
    defaultValue?: string
}

export interface ModelTable {
    name: string
    label: string
    /** Where its columns come from, in a few words (a documentation page, or "undocumented"). */
    source: string
    columns: readonly ModelColumn[]
    /**
     * Non-unique indexes the stand-in keeps (each a list of columns): the columns the engine and the
     * modelled transform look rows up by, so neither scans the table. An instance indexes these
     * itself (sys_id, import-set columns) or an admin adds them; the model only needs them for speed.
     */
    indexes?: readonly (readonly string[])[]
    /** Records the stand-in holds from the start (by fixed sys_id, so a re-open finds them). */
    seed?: readonly RecordValues[]
}

/** What a column's options say of it, whatever its kind: mandatory, its choices, how it is documented. */
function commonOf(options: {
    mandatory?: boolean
    choices?: readonly string[]
    labelOnly?: boolean
}): Pick<ModelColumn, 'mandatory' | 'choices' | 'documented'> {
    return {
        mandatory: options.mandatory === true,
        ...(options.choices ? { choices: options.choices } : {}),
        documented: options.labelOnly ? 'label-only' : 'name',
    }
}

/** A documented string column; staging pages type nearly every field String. */
export function text(
    name: string,
    options: { mandatory?: boolean; maxLength?: number; choices?: readonly string[]; labelOnly?: boolean } = {}
): ModelColumn {
    return { name, kind: 'string', maxLength: options.maxLength ?? 255, ...commonOf(options) }
}

/** A column of another kind (reference, decimal, date, integer). */
export function typed(
    name: string,
    kind: ColumnKind,
    options: { mandatory?: boolean; labelOnly?: boolean; choices?: readonly string[] } = {}
): ModelColumn {
    return { name, kind, ...(kind === 'reference' ? { maxLength: 32 } : {}), ...commonOf(options) }
}

/**
 * Tables by name, in the order given (the stand-in creates them in that order). One index for the
 * import, target and reference lists, so each list names its tables once.
 */
export function byName(tables: readonly ModelTable[]): Readonly<Record<string, ModelTable>> {
    return Object.fromEntries(tables.map((t) => [t.name, t]))
}
