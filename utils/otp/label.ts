/**
 * "Issuer:Account", the way both otpauth labels and Google Authenticator's
 * `name` field carry an issuer in front of the account name.
 */

/**
 * Joins issuer and account name, each passed through `encode` (percent-encoding
 * for links). An issuer-less name that contains ':' gets an empty issuer in
 * front (":a:b") so readers do not take its first part for an issuer.
 */
export function joinIssuerLabel(issuer: string, label: string, encode = (part: string) => part): string {
  return issuer !== '' || label.includes(':') ? `${encode(issuer)}:${encode(label)}` : encode(label);
}

/** Splits at the first ':' into [issuer, account]; no ':' means no issuer in the text. */
export function splitIssuerLabel(text: string): [issuer: string | undefined, label: string] {
  const colon = text.indexOf(':');
  return colon < 0 ? [undefined, text] : [text.slice(0, colon), text.slice(colon + 1)];
}
