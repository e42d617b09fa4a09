/** An error the emulator answers with an OData error body `{"error":{"code","message"}}`. */
export class ODataError extends Error {
    constructor(
        readonly status: number,
        readonly code: string,
        message: string
    ) {
        super(message)
    }

    body(): { error: { code: string; message: string } } {
        return { error: { code: this.code, message: this.message } }
    }
}

export const badRequest = (message: string, code = 'ODP_BAD_REQUEST'): ODataError => new ODataError(400, code, message)
