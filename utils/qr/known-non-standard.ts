/**
 * QR codes from sign-in apps that look like two-factor setup but are not the
 * standard kind: they enrol a device in the vendor's own push-approval app and
 * hold no key Twofold could generate codes from. Kept as data, each with the
 * shape that proves it and what the user can do instead.
 */
import { t } from '../i18n/translate';

export interface NonStandardQr {
  app: string;
  matches(text: string): boolean;
  /** In the user's language when read (catalog: errors.qr). */
  readonly message: string;
}

const startsWith = (prefix: string) => (text: string) => text.toLowerCase().startsWith(prefix);

/** Duo's activation code: 20 characters, a dash, then the base64 of the Duo API host. */
function isDuoActivationCode(text: string): boolean {
  const match = /^[A-Za-z0-9]{20}-([A-Za-z0-9+/_-]{8,}={0,2})$/.exec(text.trim());
  if (!match) return false;
  try {
    return /\.duosecurity\.com$/i.test(atob(match[1]!.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return false;
  }
}

function isDuoActivationLink(text: string): boolean {
  return /^https:\/\/[a-z0-9-]+\.duosecurity\.com\/(?:activate|frame\/portal)/i.test(text.trim()) || startsWith('duo://')(text);
}

export const NON_STANDARD_QR: readonly NonStandardQr[] = [
  {
    app: 'Microsoft Authenticator',
    // Work and school accounts: "phonefactor://activate_account?code=…&url=https://…/activate…"
    matches: startsWith('phonefactor://'),
    get message() {
      return t('errors.qr.pushApp', { app: 'Microsoft Authenticator' });
    },
  },
  {
    app: 'Okta Verify',
    // "oktaverify://user@example.com/?t=…&f=…&s=https://example.okta.com"
    matches: (text) => startsWith('oktaverify://')(text) || startsWith('com-okta-authenticator:')(text),
    get message() {
      return t('errors.qr.pushApp', { app: 'Okta Verify' });
    },
  },
  {
    app: 'Duo Mobile',
    matches: (text) => isDuoActivationCode(text) || isDuoActivationLink(text),
    get message() {
      return t('errors.qr.duo');
    },
  },
  {
    app: 'Yandex Key',
    // Yandex's own variant of the otpauth link, with a PIN mixed into the secret.
    matches: startsWith('otpauth://yaotp/'),
    get message() {
      return t('errors.qr.yandex');
    },
  },
  {
    app: 'Steam',
    // Steam's sign-in QR (approve a login), not Steam Guard setup.
    matches: (text) => /^https:\/\/s\.team\/q\//i.test(text.trim()),
    get message() {
      return t('errors.qr.steamSignIn');
    },
  },
];

export function recognizeNonStandard(text: string): NonStandardQr | undefined {
  return NON_STANDARD_QR.find((known) => known.matches(text));
}
