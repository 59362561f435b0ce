import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/lib/config/index.ts';

describe('the public URL', () => {
  it('comes from OPENCLAUSE_PUBLIC_URL, without a trailing slash', () => {
    expect(readConfig({ OPENCLAUSE_PUBLIC_URL: 'https://yijian.example.gov.cn/' }).publicUrl).toBe(
      'https://yijian.example.gov.cn',
    );
    expect(readConfig({ OPENCLAUSE_PUBLIC_URL: 'https://example.org/lifa/' }).publicUrl).toBe(
      'https://example.org/lifa',
    );
  });

  it('defaults to where a local run listens, and ignores what is not an http(s) URL', () => {
    expect(readConfig({}).publicUrl).toBe('http://localhost:4321');
    expect(readConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(readConfig({ OPENCLAUSE_PUBLIC_URL: 'javascript:alert(1)' }).publicUrl).toBe(
      'http://localhost:4321',
    );
  });
});
