import { execFileSync } from 'child_process'
import * as path from 'path'
import { CONNECTION } from '../../src/tables'
import { shippedFieldMapRows } from '../../src/server/core/staging/field-map-rows'
import type { FieldMapPreset } from '../../src/server/core/config/connection-config'
import { BuildOutput } from './build-output'
import { INVOICE_IMPORT_MANDATORY_COLUMNS } from '../support/s2p-mandatory-columns'

// The shipped field-map presets reach the instance as records of x_mlc_ifs_s2p_field_map, generated
// from the document-type definitions the engine compiles: a stale file or a lost record fails here.

const ROOT = path.resolve(__dirname, '../..')
const PRESETS = Object.keys(CONNECTION.columns.field_map_preset.options.choices) as FieldMapPreset[]

describe('shipped field-map records', () => {
    it('src/fluent/field-map-records.now.ts is up to date (npm run build:field-maps regenerates it)', () => {
        expect(() =>
            execFileSync('node', [path.join(ROOT, 'scripts/build-field-map-records.js'), '--check'], { stdio: 'pipe' })
        ).not.toThrow()
    })

    it('the built app holds one shipped, active record per row of every preset', () => {
        const out = new BuildOutput(path.join(ROOT, 'dist/app'))
        const records = out.of('x_mlc_ifs_s2p_field_map')
        const rows = shippedFieldMapRows(PRESETS)
        expect(records).toHaveLength(rows.length)
        for (const row of rows) {
            const [record] = out.where('x_mlc_ifs_s2p_field_map', {
                preset: row.preset,
                object_type: row.objectType,
                level: row.level ?? 'header',
                column_name: row.column,
            })
            expect({
                column: row.column,
                kind: record?.get('source_kind'),
                value: record?.get('source_value'),
            }).toEqual({
                column: row.column,
                kind: row.sourceKind,
                value: row.value,
            })
            expect(record.get('shipped')).toBe('true')
            expect(record.get('target_table')).toBe(row.targetTable)
        }
    })

    it('ships the documented mandatory invoice import columns in the default preset', () => {
        // s2p-targets §1a: the staging page's mandatory list.
        const columns = shippedFieldMapRows(['s2p_import'])
            .filter((r) => r.objectType === 'supplier_invoice')
            .map((r) => r.column)
        expect(columns).toEqual(expect.arrayContaining([...INVOICE_IMPORT_MANDATORY_COLUMNS]))
    })
})
