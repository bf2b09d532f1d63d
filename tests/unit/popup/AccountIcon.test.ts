// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import AccountIcon from '@/components/AccountIcon.vue';
import { letterColorFor } from '@/components/icons/letter-avatar';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('an account’s icon', () => {
  it('shows the letter first, then the issuer’s brand once the catalog chunk has loaded', async () => {
    const wrapper = mount(AccountIcon, { props: { account: { issuer: 'github.com', label: 'ada', icon: { kind: 'auto' } } } });
    expect(wrapper.get('[data-testid="account-icon-letter"]').text()).toBe('G');
    await expect.poll(() => wrapper.find('[data-testid="account-icon-brand"]').attributes('data-brand')).toBe('GitHub');
    expect(wrapper.get('path').attributes('fill')).toBe('#ffffff');
  });

  it('keeps a letter on a stable colour for an issuer without a brand icon', async () => {
    const wrapper = mount(AccountIcon, { props: { account: { issuer: 'zyxwvu bank', label: '', icon: { kind: 'auto' } } } });
    const letter = wrapper.get('[data-testid="account-icon-letter"]');
    expect(letter.text()).toBe('Z');
    expect(letter.attributes('style')).toContain(letterColorFor('zyxwvu bank'));
  });

  it('uses the chosen colour, or the user’s picture', () => {
    const letter = mount(AccountIcon, { props: { account: { issuer: 'GitHub', label: '', icon: { kind: 'letter', color: '#123456' } } } });
    expect(letter.find('[data-testid="account-icon-brand"]').exists()).toBe(false);
    expect(letter.get('[data-testid="account-icon-letter"]').attributes('style')).toContain('#123456');
    const picture = mount(AccountIcon, { props: { account: { issuer: 'GitHub', label: '', icon: { kind: 'image', dataUrl: PNG } } } });
    expect(picture.get('img').attributes('src')).toBe(PNG);
    expect(picture.get('img').attributes('alt')).toBe('');
  });
});

