/** Entry of the Script Action on the continuation event (parm1 = connection sys_id). */
export function runContinuation(connectionSysId: string): void {
    void connectionSysId
}
