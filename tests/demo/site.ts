/**
 * The demo site: a tiny server on 127.0.0.1 whose sign-in accepts the current
 * TOTP code of its demo secret and each backup code exactly once, like a real
 * site would. `state` lets tests see what the server accepted.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomInt } from 'node:crypto';
import { generateCode } from '../../utils/otp/generate';
import { toOtpauthUri } from '../../utils/otp/uri';
import type { OtpAccount } from '../../utils/otp/account';
import { backupCodesPage, backupStepPage, enrolmentPage, indexPage, loginPage, signedInPage, tokenStepPage } from './pages';

export const DEMO_ACCOUNT: OtpAccount = {
  type: 'totp',
  issuer: 'Demo Bank',
  label: 'demo@example.test',
  secret: 'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
};

export interface DemoSite {
  url(pathname: string, host?: string): string;
  port: number;
  /** Codes the server accepted, in order, and the current backup codes. */
  state: { acceptedTotp: string[]; acceptedBackup: string[]; backupCodes: string[] };
  close(): Promise<void>;
}

function newBackupCodes(): string[] {
  return Array.from({ length: 10 }, () => String(randomInt(10_000_000, 100_000_000)));
}

async function formOf(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startDemoSite(port = 0): Promise<DemoSite> {
  const state = { acceptedTotp: [] as string[], acceptedBackup: [] as string[], backupCodes: newBackupCodes() };
  const send = (response: ServerResponse, html: string) =>
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname === '/') return send(response, indexPage());
    if (pathname === '/account/two_factor/setup') return send(response, enrolmentPage(toOtpauthUri(DEMO_ACCOUNT)));
    if (pathname === '/account/two_factor/backup/tokens') {
      if (request.method === 'POST') state.backupCodes = newBackupCodes();
      return send(response, backupCodesPage(state.backupCodes));
    }
    if (pathname === '/account/login' && request.method === 'POST') {
      const form = await formOf(request);
      if (form.get('wizard_goto_step') === 'backup') return send(response, backupStepPage());
      const step = form.get('login_view-current_step');
      if (step === 'auth') return send(response, tokenStepPage());
      if (step === 'token') {
        const token = (form.get('token-otp_token') ?? '').replace(/\s/g, '');
        const now = Date.now();
        const valid = [now - 30_000, now, now + 30_000].some((at) => generateCode(DEMO_ACCOUNT, at) === token);
        if (!valid) return send(response, tokenStepPage('Invalid token. Please make sure you have entered it correctly.'));
        state.acceptedTotp.push(token);
        return send(response, signedInPage('an authenticator code'));
      }
      if (step === 'backup') {
        const token = (form.get('backup-otp_token') ?? '').trim();
        const index = state.backupCodes.indexOf(token);
        if (index < 0) return send(response, backupStepPage('Invalid token. Please make sure you have entered it correctly.'));
        state.backupCodes.splice(index, 1); // single use
        state.acceptedBackup.push(token);
        return send(response, signedInPage('a backup code'));
      }
    }
    if (pathname === '/account/login' || pathname === '/account/logout') return send(response, loginPage());
    response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    port: actualPort,
    state,
    url: (pathname, host = '127.0.0.1') => `http://${host}:${actualPort}${pathname}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
