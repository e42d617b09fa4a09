import * as net from 'net'

/** A local port nothing listens on: bound by the system, read, and closed again. */
export async function closedLocalPort(): Promise<number> {
    const probe = net.createServer()
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r))
    const port = (probe.address() as net.AddressInfo).port
    await new Promise<void>((r) => probe.close(() => r()))
    return port
}

/**
 * A tenant the connector cannot reach below HTTP: the cause's name, the `ifs` settings of a
 * config that points there (`url` and what else it needs) and the cause the connector must name.
 * Settings and cause are read when the test runs, after the servers they name have started.
 */
export type UnreachableTenant = [
    name: string,
    settings: () => { url: string } & Record<string, unknown>,
    cause: () => string,
]

/** The three transport failures every output must name: a name that does not resolve, a closed port, no TLS. */
export function unreachableTenants(servers: () => { closedPort: number; plainUrl: string }): UnreachableTenant[] {
    const host = `nowhere-${process.pid}.ifs-test.invalid`
    return [
        [
            'DNS name not found',
            () => ({ url: `https://${host}`, insecureLocalEmulator: false, allowedHostSuffix: 'ifs-test.invalid' }),
            () => `DNS name not found: ${host}`,
        ],
        [
            'connection refused',
            () => ({ url: `http://127.0.0.1:${servers().closedPort}` }),
            () => `connection refused: 127.0.0.1:${servers().closedPort}`,
        ],
        [
            'TLS handshake failed',
            () => ({ url: servers().plainUrl.replace('http://', 'https://') }),
            () => `TLS handshake failed: 127.0.0.1:${new URL(servers().plainUrl).port}: `,
        ],
    ]
}
