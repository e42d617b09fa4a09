import { describeConfigErrors } from '../../../server/core/config/config-error'
import { parseConnection } from '../../../server/core/config/parse-connection'
import { messageOf } from '../../../server/core/domain/failure'
import { proposeMapping } from '../../../server/core/prerequisites/propose-mapping'
import type { MappingProposal } from '../../../server/core/prerequisites/propose-mapping'
import { EXIT } from '../cli-io'
import type { CliIo } from '../cli-io'
import { connectionRecordOf, connectionTypeValues } from '../connection-row'
import { openTenantLook, tenantClient } from '../tenant-session'

/**
 * `ml-connector propose-mapping --config FILE`: reads the tenant's `$metadata` and prints a source
 * mapping proposed by name and type, as override JSON for the config file, with a note per field.
 * It never writes the config: the admin confirms each name and pastes what is right.
 */
export function runProposeMapping(argv: readonly string[], io: CliIo): number {
    const { args, config, runtime, safe } = openTenantLook(argv, io)
    try {
        // Proposed against the mapping the file holds now, so a name it already overrides is judged as such.
        const parsed = parseConnection(connectionRecordOf(config), connectionTypeValues(config))
        if (!parsed.ok) {
            safe.err(`The settings need fixing first: ${describeConfigErrors(parsed.errors)}`)
            return EXIT.failed
        }
        let proposal: MappingProposal
        try {
            proposal = proposeMapping(tenantClient(runtime, parsed.config), parsed.config)
        } catch (error) {
            safe.err(`$metadata could not be read: ${messageOf(error)}`)
            return EXIT.failed
        }
        if (args.json) safe.out(JSON.stringify(proposal, null, 2))
        else printProposal(safe.out, proposal)
        return EXIT.ok
    } finally {
        runtime.close()
    }
}

function printProposal(out: (line: string) => void, proposal: MappingProposal): void {
    out('Proposed source mapping (nothing was written; merge what you confirm into the config file):')
    out(JSON.stringify(proposal.overrides, null, 2))
    out('')
    out(`Per field (${proposal.toConfirm} to confirm):`)
    for (const note of proposal.notes) out(note)
}
