import { GlideRecord } from '@servicenow/glide'

/** The scheduled job's name in src/fluent/job.now.ts: its Run as user is who the roles are checked for. */
export const SYNC_JOB_NAME = 'ml-connector: IFS sync'

/**
 * The sys_id of the sync job's Run as user, or undefined when none is set. Both the run (in the
 * continuation Script Action, whose session user is `system`) and Test connection check roles for it.
 */
export function syncJobRunAsUser(): string | undefined {
    const job = new GlideRecord('sysauto_script')
    job.addQuery('name', SYNC_JOB_NAME)
    job.query()
    if (!job.next()) return undefined
    return job.getValue('run_as') || undefined
}
