import type { IncomingMessage, ServerResponse } from 'node:http'

export async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
}

export function sendJson(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
): void {
    sendText(res, status, JSON.stringify(body), headers)
}

export function sendText(
    res: ServerResponse,
    status: number,
    text: string,
    headers: Record<string, string> = {}
): void {
    const bytes = Buffer.from(text, 'utf8')
    res.writeHead(status, {
        'Content-Type': 'application/json;odata.metadata=minimal',
        'OData-Version': '4.0',
        'Content-Length': String(bytes.length),
        ...headers,
    })
    res.end(bytes)
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
