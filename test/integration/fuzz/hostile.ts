import { connect } from 'node:net';
import { MAX_INPUT_DEPTH } from '../../../shared/contract/inputShape';
import type { TestCore } from '../../support/testCore';

/**
 * What the fuzz suites of this folder (issue 10) send: the inputs that once killed browser mode or
 * were answered without a path, and the checks every suite makes after each one (the server still
 * answers, nothing stored changed).
 */

/** Just over the limit; where the schemas' recursion first overflowed the stack; the message that ended browser mode. */
export const DEPTHS = [MAX_INPUT_DEPTH + 1, 5_000, 100_000] as const;

/** JSON text of `inner` inside `depth` lists, built as text (`JSON.stringify` itself overflows on such a value). */
export function nestedText(depth: number, inner = '"phone"'): string {
  return `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
}

/** The path the answer names for `nestedText(depth)` under `key` of a value checked whole: the first list past the limit. */
export function deepPath(key: string): string {
  return `${key}${'[0]'.repeat(MAX_INPUT_DEPTH - 1)}`;
}

/** Everything the workspace stores that a refused input could have touched: its export and its SLA settings. */
export async function storedState(t: TestCore): Promise<string> {
  const exported = await t.call('workspace.export');
  const settings = await t.call('settings.getSla');
  return JSON.stringify({ exported, settings });
}

/**
 * Opens a WebSocket to `port` by hand and sends one text frame header announcing `length` bytes (and
 * nothing of the payload), as no client library would: resolves with the close code the server
 * answers with (a server that waits for the bytes instead never answers: the test times out).
 */
export function announceFrame(port: number, path: string, length: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let upgraded = false;
    let buffer = Buffer.alloc(0);
    socket.on('error', reject);
    socket.on('end', () => reject(new Error('the server ended the connection without a close frame')));
    socket.on('connect', () => {
      socket.write(
        [
          `GET ${path} HTTP/1.1`,
          `Host: 127.0.0.1:${port}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          'Sec-WebSocket-Version: 13',
          '',
          '',
        ].join('\r\n'),
      );
    });
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!upgraded) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        if (!buffer.subarray(0, end).toString().startsWith('HTTP/1.1 101')) return reject(new Error(`not upgraded: ${buffer.toString()}`));
        upgraded = true;
        buffer = buffer.subarray(end + 4);
        // FIN + text, masked, a 64-bit length, the mask key: and no payload.
        const header = Buffer.alloc(14);
        header[0] = 0x81;
        header[1] = 0x80 | 127;
        header.writeBigUInt64BE(BigInt(length), 2);
        socket.write(header);
      }
      // The server's close frame: 0x88, its length, then the code.
      if (buffer.length >= 4 && buffer[0] === 0x88) {
        socket.destroy();
        resolve(buffer.readUInt16BE(2));
      }
    });
  });
}
