import { describe, expect, it } from 'vitest';
import { classifyQrText } from '../../../utils/qr/classify';
import { NON_STANDARD_QR } from '../../../utils/qr/known-non-standard';
import { toMigrationUris } from '../../../utils/otp/migration';
import { validateAccount } from '../../../utils/otp/validate';

const ACCOUNT = validateAccount({ issuer: 'ACME', label: 'alice', secret: 'JBSWY3DPEHPK3PXP' });

/** One real-shaped sample per known vendor: the list and its proofs stay together. */
const VENDOR_SAMPLES: Record<string, string[]> = {
  'Microsoft Authenticator': ['phonefactor://activate_account?code=123456789&url=https://mobileappcommunicator.auth.microsoft.com/activate/123/WEU'],
  'Okta Verify': ['oktaverify://alice@example.com/?t=abc123&f=opf1&s=https://example.okta.com'],
  'Duo Mobile': [
    `AbCdEfGhIjKlMnOpQrSt-${btoa('api-1a2b3c4d.duosecurity.com')}`,
    'https://m-1a2b3c4d.duosecurity.com/activate/AbCdEfGhIjKlMnOpQrSt',
  ],
  'Yandex Key': ['otpauth://yaotp/alice@yandex.ru?secret=6SB2IKNM6OBZPAVBVTOHDKS4FAAAAAAADFUTQMBTRY&name=alice'],
  Steam: ['https://s.team/q/1/1234567890123456789'],
};

describe('classifyQrText', () => {
  it('reads a two-factor setup link as an account', () => {
    expect(classifyQrText('otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&issuer=ACME')).toEqual({ kind: 'otpauth', account: ACCOUNT });
  });

  it('reads a Google Authenticator export with its batch', () => {
    const [uri] = toMigrationUris([ACCOUNT]);
    const content = classifyQrText(uri!);
    expect(content).toMatchObject({ kind: 'migration', migration: { accounts: [ACCOUNT], errors: [], batch: { index: 0, size: 1 } } });
  });

  it('explains a damaged setup link or export with the parser’s own sentence', () => {
    expect(classifyQrText('otpauth://totp/ACME:alice?secret=not*base32')).toEqual({
      kind: 'unusable',
      reason: 'damaged',
      message: expect.stringMatching(/^This two-factor setup code cannot be used: The secret key contains characters/),
    });
    expect(classifyQrText('otpauth-migration://offline?data=%%%')).toMatchObject({
      kind: 'unusable',
      reason: 'damaged',
      message: expect.stringContaining('Google Authenticator export'),
    });
  });

  it('has a sample for every known non-standard vendor code, and explains each without an error dump', () => {
    expect(Object.keys(VENDOR_SAMPLES).sort()).toEqual(NON_STANDARD_QR.map((known) => known.app).sort());
    for (const [app, samples] of Object.entries(VENDOR_SAMPLES)) {
      for (const sample of samples) {
        const content = classifyQrText(sample);
        expect(content, sample).toMatchObject({ kind: 'unusable', reason: 'non-standard' });
        expect(content.kind === 'unusable' && content.message, sample).toContain(app === 'Steam' ? 'Steam' : app.split(' ')[0]);
      }
    }
  });

  it('does not mistake look-alikes for vendor codes', () => {
    expect(classifyQrText(`AbCdEfGhIjKlMnOpQrSt-${btoa('example.com')}`)).toMatchObject({ reason: 'not-2fa' });
    expect(classifyQrText('https://duosecurity.com.evil.example/activate/x')).toMatchObject({ reason: 'not-2fa' });
  });

  it.each([
    ['https://example.com/welcome?x=1', 'a link to example.com'],
    ['WIFI:T:WPA;S:Home;P:secret;;', 'Wi-Fi network details'],
    ['BEGIN:VCARD\nFN:Alice\nEND:VCARD', 'contact details'],
    ['tel:+15551234567', 'address or phone number'],
    ['hello world', 'holds text'],
  ])('explains %j as not two-factor', (text, phrase) => {
    const content = classifyQrText(text);
    expect(content).toMatchObject({ kind: 'unusable', reason: 'not-2fa' });
    expect(content.kind === 'unusable' && content.message).toContain(phrase);
  });
});
