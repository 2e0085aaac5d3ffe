import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiError } from '../../shared/protocol/api';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(payload);
}

export function sendError(res: ServerResponse, status: number, error: string, field?: string): void {
  const body: ApiError = field ? { error, field } : { error };
  sendJson(res, status, body);
}

export function sendDownload(res: ServerResponse, contentType: string, filename: string, body: string | Uint8Array): void {
  res.writeHead(200, {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${filename.replace(/["\\\r\n]/g, '_')}"`,
    'cache-control': 'no-store',
  });
  res.end(body);
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * Reads a request body up to `limit` bytes. Past the limit it stops reading and refuses
 * with 413 rather than buffering an upload of any size.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(tooLarge(limit));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(tooLarge(limit));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, `The upload is larger than the limit of ${Math.round(limit / 1024 / 1024)} MB.`);
}

/** Parses a JSON body; an empty body is an empty object. */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const body = await readBody(req, limit);
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new HttpError(400, `The request body is not valid JSON: ${(error as Error).message}`);
  }
}
