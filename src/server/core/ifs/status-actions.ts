/**
 * What the IFS client does with each HTTP status, as one table:
 * - `accept`: read the body (2xx, and the statuses a call expects, such as 412 for If-Match);
 * - `refresh_token`: drop the token and ask once more (401; a second 401 is final);
 * - `throttle`: IFS throttled us (429): wait as Retry-After says, else back off; defer when the
 *   retries are used up;
 * - `retry`: a gateway or availability error (502/503/504): back off, honouring Retry-After, and
 *   fail with IFS's reason when the retries are used up;
 * - `fail`: anything else (400, 403, 404, 500...) fails at once with IFS's reason.
 */
export type StatusAction = 'accept' | 'refresh_token' | 'throttle' | 'retry' | 'fail'

const STATUS_ACTIONS: Readonly<Record<number, StatusAction>> = {
    401: 'refresh_token',
    429: 'throttle',
    502: 'retry',
    503: 'retry',
    504: 'retry',
}

/** The action for `status`; `accepted` are the non-2xx statuses the caller reads as an answer. */
export function actionForStatus(status: number, accepted: readonly number[] = []): StatusAction {
    const listed = STATUS_ACTIONS[status]
    if (listed !== undefined) return listed
    return (status >= 200 && status < 300) || accepted.includes(status) ? 'accept' : 'fail'
}
