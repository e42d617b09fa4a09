import { GlideRecord } from '@servicenow/glide'

/**
 * The scheduled job's sys_id (src/fluent/job.now.ts, fixed by src/fluent/generated/keys.ts and
 * checked against the build by test/contract): the job is found by it, so renaming the job on the
 * instance does not break the role check.
 */
export const SYNC_JOB_SYS_ID = '01e63cf112e5495c9096a420168a1207'

/**
 * The sys_id of the sync job's Run as user, or undefined when none is set. Both the run (in the
 * continuation Script Action, whose session user is `system`) and Test connection check roles for it.
 */
export function syncJobRunAsUser(): string | undefined {
    const job = new GlideRecord('sysauto_script')
    if (!job.get(SYNC_JOB_SYS_ID)) return undefined
    return job.getValue('run_as') || undefined
}
