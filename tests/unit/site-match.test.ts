import { describe, expect, it } from 'vitest';
import { isLinkedTo, linkMatchesOrigin, resemblesIssuer } from '@/utils/site-match';

const exact = (origin: string) => ({ origin, match: 'origin' as const });
const sameSite = (origin: string) => ({ origin, match: 'registrable-domain' as const });

describe('linkMatchesOrigin: origin links (the default)', () => {
  it('matches the same scheme, host and port, however the origin is spelled', () => {
    expect(linkMatchesOrigin(exact('https://github.com'), 'https://github.com')).toBe(true);
    expect(linkMatchesOrigin(exact('https://GitHub.com:443'), 'https://github.com')).toBe(true);
    expect(linkMatchesOrigin(exact('http://127.0.0.1:8080'), 'http://127.0.0.1:8080')).toBe(true);
  });

  it('refuses another scheme, port or host, sub-domains included', () => {
    expect(linkMatchesOrigin(exact('https://github.com'), 'http://github.com')).toBe(false);
    expect(linkMatchesOrigin(exact('https://github.com'), 'https://github.com:8443')).toBe(false);
    expect(linkMatchesOrigin(exact('https://github.com'), 'https://gist.github.com')).toBe(false);
    expect(linkMatchesOrigin(exact('https://login.example.com'), 'https://example.com')).toBe(false);
  });

  it('refuses look-alike hosts', () => {
    for (const lookAlike of ['https://github.com.evil.test', 'https://githuh.com', 'https://github-com.test', 'https://xn--gthub-n4a.com', 'https://evilgithub.com']) {
      expect(linkMatchesOrigin(exact('https://github.com'), lookAlike), lookAlike).toBe(false);
    }
  });

  it('refuses opaque origins and anything that is not a web origin', () => {
    expect(linkMatchesOrigin(exact('https://github.com'), 'null')).toBe(false);
    expect(linkMatchesOrigin(exact('https://github.com'), '')).toBe(false);
    expect(linkMatchesOrigin(exact('file:///tmp'), 'file:///tmp')).toBe(false);
  });
});

describe('linkMatchesOrigin: registrable-domain links (opt-in)', () => {
  it('matches any host of the same registrable domain and scheme, on any port', () => {
    expect(linkMatchesOrigin(sameSite('https://github.com'), 'https://gist.github.com')).toBe(true);
    expect(linkMatchesOrigin(sameSite('https://login.example.co.uk'), 'https://www.example.co.uk')).toBe(true);
    expect(linkMatchesOrigin(sameSite('http://login.example.test:1234'), 'http://accounts.example.test:5678')).toBe(true);
  });

  it('treats private suffixes as public: sibling sub-domains of github.io are different sites', () => {
    expect(linkMatchesOrigin(sameSite('https://a.github.io'), 'https://b.github.io')).toBe(false);
    expect(linkMatchesOrigin(sameSite('https://a.github.io'), 'https://x.a.github.io')).toBe(true);
    expect(linkMatchesOrigin(sameSite('https://alice.blogspot.com'), 'https://bob.blogspot.com')).toBe(false);
  });

  it('refuses another scheme, another site and a bare public suffix standing for everything under it', () => {
    expect(linkMatchesOrigin(sameSite('https://github.com'), 'http://gist.github.com')).toBe(false);
    expect(linkMatchesOrigin(sameSite('https://example.co.uk'), 'https://other.co.uk')).toBe(false);
    expect(linkMatchesOrigin(sameSite('https://github.io'), 'https://a.github.io')).toBe(false);
    expect(linkMatchesOrigin(sameSite('https://github.com'), 'https://github.com.evil.test')).toBe(false);
  });

  it('compares IP addresses and single-label hosts as whole hosts', () => {
    expect(linkMatchesOrigin(sameSite('http://127.0.0.1:1'), 'http://127.0.0.1:2')).toBe(true);
    expect(linkMatchesOrigin(sameSite('http://127.0.0.1'), 'http://127.0.0.2')).toBe(false);
    expect(linkMatchesOrigin(sameSite('http://localhost'), 'http://intranet')).toBe(false);
  });
});

describe('isLinkedTo', () => {
  it('needs one link that matches; an account without links matches nothing', () => {
    const account = { sites: [exact('https://example.com'), sameSite('https://github.com')] };
    expect(isLinkedTo(account, 'https://gist.github.com')).toBe(true);
    expect(isLinkedTo(account, 'https://www.example.com')).toBe(false);
    expect(isLinkedTo({ sites: [] }, 'https://github.com')).toBe(false);
  });
});

describe('resemblesIssuer (ranking only)', () => {
  it('recognises the site an issuer names', () => {
    expect(resemblesIssuer('GitHub', 'https://github.com')).toBe(true);
    expect(resemblesIssuer('Google Workspace', 'https://accounts.google.com')).toBe(true);
    expect(resemblesIssuer('AWS', 'https://aws.amazon.com')).toBe(false);
    expect(resemblesIssuer('Amazon Web Services', 'https://aws.amazon.com')).toBe(true);
  });

  it('does not let short or empty names resemble everything', () => {
    expect(resemblesIssuer('Amazon', 'https://a.github.io')).toBe(false);
    expect(resemblesIssuer('', 'https://github.com')).toBe(false);
    expect(resemblesIssuer('X', 'https://x.com')).toBe(false);
    expect(resemblesIssuer('GitHub', 'null')).toBe(false);
  });
});
