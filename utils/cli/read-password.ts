/**
 * A password from the terminal without echo, or the first line of standard
 * input when that is not a terminal (a pipe or a file: scripts and tests).
 */
import type { ReadStream } from 'node:tty';

const ENTER = new Set(['\r', '\n', '\u0004']);
const BACKSPACE = new Set(['\u007f', '\b']);
const CTRL_C = '\u0003';

export async function readPassword(prompt: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string> {
  if (!input.isTTY) return firstLine(input);
  output.write(prompt);
  const terminal = input as ReadStream;
  terminal.setRawMode(true);
  terminal.setEncoding('utf8');
  terminal.resume();
  return new Promise((resolve, reject) => {
    let characters: string[] = [];
    const finish = () => {
      terminal.setRawMode(false);
      terminal.pause();
      terminal.off('data', onData);
      output.write('\n');
    };
    function onData(chunk: string) {
      for (const character of chunk) {
        if (character === CTRL_C) {
          finish();
          return reject(new Error('Cancelled.'));
        }
        if (ENTER.has(character)) {
          finish();
          return resolve(characters.join(''));
        }
        characters = BACKSPACE.has(character) ? characters.slice(0, -1) : [...characters, character];
      }
    }
    terminal.on('data', onData);
  });
}

async function firstLine(input: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) {
    chunks.push(Buffer.from(chunk as Buffer));
    if (chunks[chunks.length - 1]!.includes(0x0a)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}
