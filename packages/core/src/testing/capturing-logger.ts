import { Writable } from 'node:stream';
import pino from 'pino';

/**
 * A real pino logger whose JSON lines are parsed into `lines` as they are written, so a test can
 * assert on what an operator would read (codes, messages, fields). Chunks may hold several lines.
 */
export function capturingLogger<Line = Record<string, unknown>>(level: pino.LevelWithSilent = 'info'): { lines: Line[]; logger: pino.Logger } {
  const lines: Line[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Line);
      done();
    },
  });
  return { lines, logger: pino({ level }, sink) };
}
