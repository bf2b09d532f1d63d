/**
 * A rough strength hint for a new vault password. It only advises: any password
 * is accepted, but a weak one gets a clear warning. Estimates entropy from the
 * length and the kinds of characters, and knows a few passwords everyone tries first.
 */
export type PasswordStrength = 'empty' | 'weak' | 'fair' | 'strong';

const COMMON = new Set([
  'password', 'passw0rd', '123456', '12345678', '123456789', '1234567890', 'qwerty', 'qwertyuiop', 'letmein',
  'iloveyou', 'admin', 'welcome', 'monkey', 'dragon', 'football', 'abc123', '111111', 'sunshine', 'princess', 'twofold',
]);

export function estimatePasswordBits(password: string): number {
  if (!password) return 0;
  if (COMMON.has(password.toLowerCase())) return 10;
  let pool = 0;
  if (/[a-z]/.test(password)) pool += 26;
  if (/[A-Z]/.test(password)) pool += 26;
  if (/[0-9]/.test(password)) pool += 10;
  if (/[^A-Za-z0-9]/.test(password)) pool += 33;
  // Repeated characters add little: count distinct ones more than length.
  const distinct = new Set(password).size;
  const effectiveLength = Math.min(password.length, distinct * 2);
  return Math.round(effectiveLength * Math.log2(Math.max(pool, 2)));
}

export function passwordStrength(password: string): PasswordStrength {
  if (!password) return 'empty';
  const bits = estimatePasswordBits(password);
  if (bits < 45) return 'weak';
  if (bits < 80) return 'fair';
  return 'strong';
}
