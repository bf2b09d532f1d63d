/** The served pages the content-script figures are about (tests/fixtures/pages/bench). */
export const BENCH_PAGES = [
  { id: 'no-field', path: '/bench/no-field.html', label: 'page without a code field' },
  { id: 'large', path: '/bench/large.html', label: '5,000-element page' },
  { id: 'otp', path: '/bench/otp.html', label: 'one-time-code page' },
] as const;
