/**
 * Errors made outside the UI carry a message from the catalogs, in the browser's language,
 * resolved when the error is made (it then crosses the message boundary as plain text).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serializeError } from '@/utils/errors';
import { getMessageFrom, loadCatalog } from '@/utils/i18n/node-catalog';
import { ImportError } from '@/utils/importers/errors';
import { parseImport } from '@/utils/importers';
import { OtpError } from '@/utils/otp/errors';
import { parseOtpauthUri } from '@/utils/otp/uri';
import { base32ToBytes } from '@/utils/otp/base32';
import { classifyQrText } from '@/utils/qr/classify';
import { parseBackupCodes } from '@/utils/backup-codes/parse';
import { VaultError } from '@/utils/vault/errors';

const utf8 = new TextEncoder();

async function importFailure(text: string, fileName = 'accounts.txt'): Promise<unknown> {
  return parseImport({ fileName, data: utf8.encode(text) }).then(
    () => undefined,
    (error: unknown) => error,
  );
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('error messages in English', () => {
  it('OTP: defaults and specific messages', () => {
    expect(new OtpError('invalid-digits').message).toBe('The code length must be a whole number between 5 and 10.');
    expect(thrown(() => parseOtpauthUri('https://example.com'))).toMatchObject({ code: 'not-otpauth', message: 'This QR code / link is not a two-factor setup link.' });
    expect(thrown(() => base32ToBytes('ABC'))).toMatchObject({
      code: 'invalid-secret',
      message: 'The secret key looks incomplete: a character seems to be missing or extra. Check that you copied all of it.',
    });
  });

  it('vault', () => {
    expect(new VaultError('wrong-password').message).toBe('Wrong password.');
    expect(new VaultError('unsupported-version').message).toBe(
      'This data was made by a newer version of Twofold. Update the extension to open it; nothing was changed.',
    );
  });

  it('import: defaults, the app’s name and known files', async () => {
    expect(new ImportError('too-large').message).toBe('This file is too large to be a backup of two-factor accounts (the limit is 10 MB).');
    expect(await importFailure('{"format":"twofold-backup","version":1}', 'backup.json')).toMatchObject({
      code: 'needs-password',
      message: 'This Twofold backup is encrypted. Enter the password it was exported with.',
    });
    expect(await importFailure('{"format":"twofold-export","version":1,"accounts":{}}', 'backup.json')).toMatchObject({
      code: 'malformed',
      message: 'This Twofold backup has no list of accounts, so it cannot be imported.',
    });
    expect(await importFailure('PK\u0003\u0004rest', 'export.zip')).toMatchObject({
      code: 'unsupported-format',
      message: 'This is a ZIP archive, which Twofold cannot open yet. Unpack it and import the file inside.',
    });
  });

  it('QR codes that are not two-factor setup', () => {
    expect(classifyQrText('WIFI:S:home;T:WPA;P:secret;;')).toMatchObject({ message: 'This QR code holds Wi-Fi network details, not a two-factor setup code.' });
    expect(classifyQrText('https://example.com/menu')).toMatchObject({ message: 'This QR code is a link to example.com, not a two-factor setup code.' });
    expect(classifyQrText('otpauth://totp/x?secret=ABC')).toMatchObject({
      reason: 'damaged',
      message:
        'This two-factor setup code cannot be used: The secret key looks incomplete: a character seems to be missing or extra. Check that you copied all of it.',
    });
    expect(classifyQrText('phonefactor://activate_account?code=1')).toMatchObject({ reason: 'non-standard', message: expect.stringMatching(/^This QR code sets up Microsoft Authenticator’s push sign-in/) });
  });

  it('backup codes', () => {
    expect(thrown(() => parseBackupCodes('nothing here'))).toMatchObject({
      code: 'no-codes-found',
      message: 'No backup codes were found in this text. Paste the codes as the site showed them.',
    });
  });

  it('an unexpected failure crosses the boundary as "internal", in the catalog’s words', () => {
    expect(serializeError(new Error('secret internals'))).toEqual({
      name: 'TwofoldError',
      code: 'internal',
      message: 'Something went wrong inside Twofold. Please try again.',
    });
  });
});

describe('error messages in German (browser UI language de)', () => {
  beforeEach(async () => {
    fakeBrowser.i18n.getMessage = getMessageFrom(await loadCatalog('de')) as typeof fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getUILanguage = () => 'de';
  });

  it('OtpError', () => {
    expect(new OtpError('invalid-digits').message).toBe('Die Code-Länge muss eine ganze Zahl zwischen 5 und 10 sein.');
    expect(thrown(() => parseOtpauthUri('https://example.com'))).toMatchObject({
      name: 'OtpError',
      code: 'not-otpauth',
      message: 'Dieser QR-Code bzw. Link ist kein Zwei-Faktor-Einrichtungslink.',
    });
  });

  it('ImportError, with the app’s name filled in', async () => {
    expect(new ImportError('wrong-password').message).toBe('Mit diesem Passwort lässt sich die Sicherung nicht öffnen. Prüfe es und versuche es noch einmal.');
    expect(await importFailure('{"format":"twofold-backup","version":1}', 'backup.json')).toMatchObject({
      name: 'ImportError',
      code: 'needs-password',
      message: 'Diese Twofold-Sicherung ist verschlüsselt. Gib das Passwort ein, mit dem sie exportiert wurde.',
    });
    expect(await importFailure('PK\u0003\u0004rest', 'export.zip')).toMatchObject({
      code: 'unsupported-format',
      message: 'Das ist ein ZIP-Archiv, das Twofold noch nicht öffnen kann. Entpacke es und importiere die Datei darin.',
    });
  });

  it('vault, QR and the serialised internal error', () => {
    expect(new VaultError('locked').toJSON()).toEqual({ name: 'VaultError', code: 'locked', message: 'Twofold ist gesperrt. Entsperre es mit deinem Passwort.' });
    expect(classifyQrText('WIFI:S:home;T:WPA;P:secret;;')).toMatchObject({ message: 'Dieser QR-Code enthält WLAN-Zugangsdaten, keinen Zwei-Faktor-Einrichtungscode.' });
    expect(serializeError(new Error('x')).message).toBe('In Twofold ist etwas schiefgegangen. Bitte versuche es noch einmal.');
  });
});
