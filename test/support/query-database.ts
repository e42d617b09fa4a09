import Database from 'better-sqlite3'

/** A row as a CLI test reads it: column → value (text, or null). */
export type DatabaseRow = Record<string, string | null>

/**
 * The rows of one read-only query against a run's SQLite file. The file is closed again at once,
 * so the next CLI run writes it as if no test had looked.
 */
export function queryDatabase<T = DatabaseRow>(file: string, sql: string, ...params: unknown[]): T[] {
    const db = new Database(file, { readonly: true })
    try {
        return db.prepare(sql).all(...params) as T[]
    } finally {
        db.close()
    }
}
