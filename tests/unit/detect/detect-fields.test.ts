// @vitest-environment happy-dom
/** detectFields as the content script sees it: roots, shadow roots, order, and what it costs. */
import { describe, expect, it, vi } from 'vitest';
import { detectFields, isStyledVisible } from '../../../utils/detect';
import { mount } from './mount';

const otpField = (id: string) => `<label for="${id}">Authentication code</label><input id="${id}" maxlength="6">`;

describe('detectFields', () => {
  it('looks into open shadow roots, also of a root element', () => {
    const root = mount('<div id="scope"><x-otp></x-otp></div>').querySelector('#scope') as HTMLElement;
    const shadow = (root.querySelector('x-otp') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = otpField('inner');
    const fields = detectFields(root, { isVisible: isStyledVisible });
    expect(fields.map(({ inputs }) => inputs[0])).toEqual([shadow.getElementById('inner')]);
  });

  it('looks into shadow roots only when the tree holding them has no field', () => {
    const body = mount(`${otpField('light')}<x-otp></x-otp>`);
    const shadow = (body.querySelector('x-otp') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = otpField('inner');
    expect(detectFields(body, { isVisible: isStyledVisible }).map(({ inputs }) => inputs[0]?.id)).toEqual(['light']);
  });

  it('accepts a shadow root as the root', () => {
    const host = mount('<x-otp></x-otp>').querySelector('x-otp') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = otpField('inner');
    expect(detectFields(shadow, { isVisible: isStyledVisible })).toHaveLength(1);
  });

  it('reports several fields in DOM order', () => {
    const body = mount(`${otpField('first')}<label for="r">Recovery code</label><input id="r">`);
    const fields = detectFields(body, { isVisible: isStyledVisible });
    expect(fields.map(({ kind, inputs }) => [kind, inputs[0]?.id])).toEqual([['otp', 'first'], ['backup', 'r']]);
  });

  it('checks visibility (layout) only for inputs that already qualified', () => {
    const others = Array.from({ length: 20 }, (_, index) => `<input id="o${index}" name="field${index}">`).join('');
    const body = mount(`<form>${others}<input type="email"><input type="password">${otpField('otp')}</form>`);
    const isVisible = vi.fn(isStyledVisible);
    detectFields(body, { isVisible });
    expect(isVisible.mock.calls.map(([input]) => input.id)).toEqual(['otp']);
  });

  it('leaves out the rows of a list: more inputs sharing a name than two split fields have boxes', () => {
    const rows = (count: number) =>
      Array.from({ length: count }, (_, index) => `<label for="r${index}">Authentication code</label><input id="r${index}" name="code">`).join('');
    expect(detectFields(mount(rows(17)), { isVisible: isStyledVisible })).toEqual([]);
    expect(detectFields(mount(rows(16)), { isVisible: isStyledVisible })).toHaveLength(16);
  });

  it('defaults to the layout-based check, which sees nothing in a DOM without layout', () => {
    // happy-dom lays nothing out: every box is 0×0, so the real check hides all.
    expect(detectFields(mount(otpField('otp')))).toEqual([]);
  });

  it('finds a field added after a first scan', () => {
    const body = mount('<div id="app"></div>');
    expect(detectFields(body, { isVisible: isStyledVisible })).toEqual([]);
    (body.querySelector('#app') as HTMLElement).innerHTML = otpField('late');
    expect(detectFields(body, { isVisible: isStyledVisible })).toHaveLength(1);
  });
});
