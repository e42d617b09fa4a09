/** One HTTP exchange, synchronously: RESTMessageV2 on the instance, a blocking client in Node. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH'

export interface HttpRequest {
    method: HttpMethod
    /** Absolute URL. Query strings are built only by core/odata. */
    url: string
    headers: Readonly<Record<string, string>>
    body?: string
    timeoutMs: number
}

export type HttpResult =
    | {
          kind: 'response'
          status: number
          /** Header names in lower case. */
          headers: Readonly<Record<string, string>>
          body: string
      }
    | { kind: 'transport_error'; reason: 'timeout' | 'connection'; message: string }

export interface Http {
    send(request: HttpRequest): HttpResult
}
