import Database from 'better-sqlite3'
import * as fs from 'fs'
import { soak } from '../../src/local/faults/soak'
import { CLI_PATH } from '../support/emulator-process'

/**
 * The kill soak with lines, CI-sized: a small tenant whose documents carry 1..6 lines each, the
 * real CLI SIGKILLed at seeded random points (row by row, as on the instance) while IFS changes
 * headers, lines and receipts between runs. The judge counts lines and receipts from the
 * emulator's manifests: every line of every accepted document and every receipt made exactly once. The long run is `npm run soak -- --lines`.
 */
jest.setTimeout(240_000)

test('kill soak with lines: 0 lost, 0 doubled, counting lines and receipts', async () => {
    const { result, lines, judgeLines, database } = await soak({
        rows: 60,
        kills: 6,
        seed: 7,
        pageSize: 20,
        checkEvery: 3,
        maxNth: 400,
        rowByRow: true,
        lines: true,
        cliPath: CLI_PATH,
    })
    expect(lines).not.toBeNull()
    // Enough lines and receipts were judged for the count to mean something, and none was lost or doubled.
    expect(lines!.linesJudged).toBeGreaterThan(100)
    expect(lines!.receiptsJudged).toBeGreaterThan(10)
    expect({ lost: lines!.lost, doubled: lines!.doubled, problems: lines!.problems }).toEqual({
        lost: 0,
        doubled: 0,
        problems: [],
    })
    expect(result.killPointsSurvived).toBe(6)
    expect([result.recordsLost, result.recordsDoubled, result.recordsWrong, result.secretsFound]).toEqual([0, 0, 0, 0])

    // The judge sees a lost and a doubled line: on a copy, one invoice's primary line deleted and
    // another's written twice; and a lost and a doubled receipt likewise.
    const copy = `${database}.planted`
    fs.copyFileSync(database, copy)
    const db = new Database(copy)
    const [gone, twice] = db.prepare('SELECT * FROM sn_shop_invoice_line ORDER BY sys_id LIMIT 2').all() as Record<
        string,
        unknown
    >[]
    db.prepare('DELETE FROM sn_shop_invoice_line WHERE sys_id = ?').run(gone.sys_id)
    db.prepare('INSERT INTO sn_shop_invoice_line (sys_id, invoice, line_number) VALUES (?, ?, ?)').run(
        'planted-double',
        twice.invoice,
        twice.line_number
    )
    const [goneReceipt, twiceReceipt] = db
        .prepare('SELECT * FROM sn_shop_receipt ORDER BY sys_id LIMIT 2')
        .all() as Record<string, unknown>[]
    db.prepare('DELETE FROM sn_shop_receipt WHERE sys_id = ?').run(goneReceipt.sys_id)
    db.prepare(
        'INSERT INTO sn_shop_receipt (sys_id, po_number, po_line_number, receipt_number) VALUES (?, ?, ?, ?)'
    ).run('planted-receipt', twiceReceipt.po_number, twiceReceipt.po_line_number, twiceReceipt.receipt_number)
    db.close()
    const planted = judgeLines!(copy)
    expect([planted.lost, planted.doubled]).toEqual([2, 2])
    expect(planted.problems).toEqual(
        expect.arrayContaining([
            expect.stringMatching(/^receipt .* has no primary receipt record$/),
            expect.stringMatching(/^receipt .*: 2 primary receipt records$/),
        ])
    )
})
