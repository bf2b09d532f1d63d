// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import AccountRow from '@/components/AccountRow.vue';
import { accountView } from './account-fixtures';

const NOW = 1_700_000_000_000;

function row(props: Partial<InstanceType<typeof AccountRow>['$props']> = {}) {
  return mount(AccountRow, {
    props: {
      account: accountView({ id: 'a', issuer: 'GitHub', label: 'ada@example.test' }),
      code: { id: 'a', code: '123456', validUntil: NOW + 20_000 },
      now: NOW,
      active: true,
      editing: false,
      selected: false,
      reorderable: false,
      ...props,
    },
  });
}

describe('an account row', () => {
  it('shows issuer, label, the code grouped for reading, and a countdown', () => {
    const wrapper = row();
    expect(wrapper.get('[data-testid="account-issuer"]').text()).toBe('GitHub');
    expect(wrapper.get('[data-testid="account-label"]').text()).toBe('ada@example.test');
    expect(wrapper.get('[data-testid="account-code"] .now').text()).toBe('123 456');
    expect(wrapper.get('svg[role="img"]').attributes('aria-label')).toBe('20 seconds left');
    expect(wrapper.attributes('aria-label')).toBe('GitHub · ada@example.test. Code 123 456');
  });

  it('shows the next code faintly only in the last 5 seconds', () => {
    const code = { id: 'a', code: '123456', validUntil: NOW + 4_000, next: '654321' };
    expect(row({ code, now: NOW }).get('[data-testid="account-next-code"]').text()).toBe('654 321');
    expect(row({ code, now: NOW - 2_000 }).find('[data-testid="account-next-code"]').exists()).toBe(false);
  });

  it('names the copy button by the code it shows (WCAG 2.5.3), and says the next code in the row', () => {
    const code = { id: 'a', code: '123456', validUntil: NOW + 4_000, next: '654321' };
    const wrapper = row({ code });
    expect(wrapper.get('[data-testid="account-code"]').attributes('aria-label')).toBe('123 456, copy the code for GitHub');
    expect(wrapper.get('[data-testid="account-next-code"]').attributes('aria-hidden')).toBe('true');
    expect(wrapper.attributes('aria-label')).toBe('GitHub · ada@example.test. Code 123 456. Next code 654 321');
  });

  it('hides a code that has expired instead of showing a wrong one', () => {
    const wrapper = row({ now: NOW + 20_000 });
    expect(wrapper.find('[data-testid="account-code"]').exists()).toBe(false);
    expect(wrapper.find('.pending').exists()).toBe(true);
  });

  it('keeps Steam’s 5 characters whole', () => {
    const wrapper = row({ account: accountView({ id: 'a', type: 'steam', digits: 5 }), code: { id: 'a', code: 'BQK39', validUntil: NOW + 9_000 } });
    expect(wrapper.get('[data-testid="account-code"] .now').text()).toBe('BQK39');
  });

  it('copies on a click, or selects in edit mode', async () => {
    const wrapper = row();
    await wrapper.trigger('click');
    expect(wrapper.emitted('copy')).toHaveLength(1);
    const editing = row({ editing: true });
    await editing.trigger('click');
    await editing.get('[data-testid="select-account"]').trigger('change');
    expect(editing.emitted('toggle')).toHaveLength(2);
    expect(editing.emitted('copy')).toBeUndefined();
  });

  it('offers the next code for HOTP instead of a countdown', async () => {
    const wrapper = row({ account: accountView({ id: 'a', type: 'hotp', counter: 0 }), code: undefined });
    expect(wrapper.get('[data-testid="hotp-next"]').text()).toBe('Show code');
    expect(wrapper.find('svg[role="img"]').exists()).toBe(false);
    await wrapper.get('[data-testid="hotp-next"]').trigger('click');
    expect(wrapper.emitted('nextHotp')).toHaveLength(1);
    expect(wrapper.emitted('copy')).toBeUndefined();
  });

  it('is in the tab order only while it is the active row', () => {
    expect(row({ active: true }).attributes('tabindex')).toBe('0');
    expect(row({ active: false }).attributes('tabindex')).toBe('-1');
    expect(row({ active: false }).get('[data-testid="account-menu"]').attributes('tabindex')).toBe('-1');
  });
});
