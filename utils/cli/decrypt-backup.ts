/**
 * Reads a Twofold backup without the extension, so a user can always get their
 * accounts out: `npm run decrypt-backup -- <file>` prints every account as an
 * otpauth:// link (any authenticator imports those). The password is asked on
 * the terminal without echo, or read from standard input when that is a pipe.
 * Uses the extension's own code: the file envelope and the Twofold importer, with
 * their messages in English (there is no browser to ask for the user's language).
 */
import { readFile } from 'node:fs/promises';
import { TwofoldError } from '../errors';
import { useEnglishMessages } from '../i18n/node-catalog';
import { createSource } from '../importers/source';
import { twofold } from '../importers/twofold';
import { toOtpauthUri } from '../otp/uri';
import { readPassword } from './read-password';

const USAGE = 'Usage: npm run decrypt-backup -- <twofold-backup.json>';

async function main(args: string[]): Promise<number> {
  const [file] = args;
  if (!file || args.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  await useEnglishMessages();
  const source = createSource({ fileName: file, data: new Uint8Array(await readFile(file)) });
  if (twofold.detect(source) !== true) {
    process.stderr.write('This is not a Twofold backup file.\n');
    return 1;
  }
  const opened = twofold.read(source);
  const payload = opened.encrypted ? await opened.decrypt(await readPassword('Backup password: ')) : opened.payload;
  const { accounts, errors } = twofold.convert(payload);
  for (const account of accounts) process.stdout.write(`${toOtpauthUri(account)}\n`);
  for (const error of errors) process.stderr.write(`Entry ${error.index + 1}${error.name ? ` (${error.name})` : ''}: ${error.message}\n`);
  process.stderr.write(`${accounts.length} account${accounts.length === 1 ? '' : 's'}.\n`);
  return errors.length === 0 ? 0 : 1;
}

// vite-node passes the script's own arguments after a `--`.
main(process.argv.slice(2).filter((arg) => arg !== '--')).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof TwofoldError ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
