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
    | {
          kind: 'transport_error'
          reason: 'timeout' | 'connection'
          /**
           * What happened, in words an admin can act on ("DNS name not found: host", "connection
           * refused: host:port", "TLS handshake failed: ..."): see describeTransportFailure.
           */
          message: string
          /** The kind of failure, when the adapter could tell; absent means unknown. */
          cause?: TransportCause
      }

/** Why no HTTP answer arrived. */
export type TransportCause = 'dns' | 'refused' | 'tls' | 'reset' | 'unreachable' | 'timeout' | 'other'

export interface Http {
    send(request: HttpRequest): HttpResult
}
