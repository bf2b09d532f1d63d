import { afterEach, describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/importers';

// JSON.parse keeps "__proto__" as an own key; the danger is code that copies
// or indexes with it. Each case puts it where an importer reads fields or keys.
const POISON = '{"polluted": "yes", "type": "hotp", "secret": "JBSWY3DPEHPK3PXP"}';
const CASES: Record<string, string> = {
  'Aegis entry and info': `{"version":1,"header":{"slots":null,"params":null},"db":{"version":3,"entries":[{"__proto__":${POISON},"type":"totp","name":"a","issuer":"b","info":{"__proto__":${POISON},"secret":"JBSWY3DPEHPK3PXP"}}]}}`,
  'Authenticator extension key': `{"__proto__":{"account":"a","secret":"JBSWY3DPEHPK3PXP","type":"totp","__proto__":${POISON}}}`,
  '2FAS service and otp': `{"schemaVersion":4,"services":[{"__proto__":${POISON},"name":"n","secret":"JBSWY3DPEHPK3PXP","otp":{"__proto__":${POISON}}}]}`,
  'Bitwarden item': `{"encrypted":false,"items":[{"__proto__":${POISON},"name":"n","login":{"__proto__":${POISON},"totp":"JBSWY3DPEHPK3PXP"}}]}`,
  'Steam accounts map': `{"accounts":{"__proto__":{"shared_secret":"ix86XH6dDytMboodP1t8ngosTm8=","account_name":"x","__proto__":${POISON}}}}`,
  'CSV header': `folder,name,login_totp,__proto__,constructor\n,n,JBSWY3DPEHPK3PXP,polluted,yes`,
  'Stratum type code': '{"Authenticators":[{"Type":"__proto__","Issuer":"x","Secret":"JBSWY3DPEHPK3PXP"},{"Type":2,"Algorithm":"constructor","Secret":"JBSWY3DPEHPK3PXP"}]}',
  'entry type named after an Object.prototype member': `{"version":1,"header":{"slots":null,"params":null},"db":{"version":3,"entries":[{"type":"constructor","info":{"secret":"JBSWY3DPEHPK3PXP"}},{"type":"__proto__","info":{"secret":"JBSWY3DPEHPK3PXP"}}]}}`,
};

describe('hostile keys in import files', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each(Object.entries(CASES))('%s: never reaches Object.prototype or our accounts', async (_, data) => {
    const result = await parseImport({ data });
    // The entry was reached (imported or refused), not skipped over.
    expect(result.accounts.length + result.errors.length).toBeGreaterThan(0);
    for (const account of result.accounts) {
      expect(Object.getPrototypeOf(account)).toBe(Object.prototype);
      expect(account).not.toHaveProperty('polluted');
    }
  });
});
