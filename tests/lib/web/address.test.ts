/**
 * The client address the rate limits count: the TCP peer, or, from a trusted load balancer,
 * the address it forwards; never one a client wrote into the header itself.
 */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/lib/config/index.ts';
import { clientAddress, isProxyEntry } from '../../../src/lib/web/address.ts';

const BALANCER = ['127.0.0.1'];

describe('the client address', () => {
  it('is the peer when no proxy is trusted, whatever the headers say', () => {
    expect(
      clientAddress('198.51.100.7', { forwardedFor: '203.0.113.9', realIp: '203.0.113.10' }, []),
    ).toBe('198.51.100.7');
  });

  it('is the peer when the peer is not a trusted proxy', () => {
    expect(clientAddress('198.51.100.7', { forwardedFor: '203.0.113.9' }, BALANCER)).toBe(
      '198.51.100.7',
    );
  });

  it('is the address a trusted balancer appended, not what the client wrote before it', () => {
    expect(clientAddress('127.0.0.1', { forwardedFor: '203.0.113.9' }, BALANCER)).toBe(
      '203.0.113.9',
    );
    expect(clientAddress('127.0.0.1', { forwardedFor: '10.9.9.9, 203.0.113.9' }, BALANCER)).toBe(
      '203.0.113.9',
    );
    expect(
      clientAddress(
        '127.0.0.1',
        { forwardedFor: '10.9.9.9,203.0.113.9', realIp: '10.9.9.9' },
        BALANCER,
      ),
    ).toBe('203.0.113.9');
  });

  it('skips a chain of trusted proxies, named by address or network', () => {
    const trusted = ['127.0.0.1', '10.0.0.0/8'];
    expect(
      clientAddress('127.0.0.1', { forwardedFor: '1.2.3.4, 203.0.113.9, 10.1.2.3' }, trusted),
    ).toBe('203.0.113.9');
    expect(clientAddress('10.4.4.4', { forwardedFor: '203.0.113.9, 10.1.2.3' }, trusted)).toBe(
      '203.0.113.9',
    );
    expect(
      clientAddress('127.0.0.1', { forwardedFor: '10.1.2.3' }, trusted),
      'all trusted: the farthest',
    ).toBe('10.1.2.3');
  });

  it('believes nothing left of an entry that is not an address', () => {
    expect(clientAddress('127.0.0.1', { forwardedFor: '203.0.113.9, unknown' }, BALANCER)).toBe(
      '127.0.0.1',
    );
    expect(
      clientAddress('127.0.0.1', { forwardedFor: '203.0.113.9, unknown, 10.1.2.3' }, [
        '127.0.0.1',
        '10.0.0.0/8',
      ]),
    ).toBe('10.1.2.3');
  });

  it('takes X-Real-IP from a trusted proxy that sends no X-Forwarded-For, and the peer without either', () => {
    expect(clientAddress('127.0.0.1', { realIp: '203.0.113.9' }, BALANCER)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', { realIp: 'not-an-address' }, BALANCER)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', {}, BALANCER)).toBe('127.0.0.1');
  });

  it('reads an IPv4 peer of a dual-stack socket as the IPv4 address, and handles IPv6', () => {
    expect(clientAddress('::ffff:127.0.0.1', { forwardedFor: '203.0.113.9' }, BALANCER)).toBe(
      '203.0.113.9',
    );
    expect(clientAddress('::ffff:198.51.100.7', {}, [])).toBe('198.51.100.7');
    expect(clientAddress('::1', { forwardedFor: '2001:db8::5' }, ['::1'])).toBe('2001:db8::5');
  });
});

describe('OPENCLAUSE_TRUSTED_PROXIES', () => {
  it('lists addresses and networks, separated by commas or spaces; empty by default', () => {
    expect(readConfig({}).trustedProxies).toEqual([]);
    expect(
      readConfig({ OPENCLAUSE_TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8 ::1' }).trustedProxies,
    ).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
  });

  it('stops with a message naming a wrong entry rather than trusting too much or nothing', () => {
    expect(() => readConfig({ OPENCLAUSE_TRUSTED_PROXIES: '127.0.0.1, balancer.local' })).toThrow(
      /OPENCLAUSE_TRUSTED_PROXIES.*balancer\.local/,
    );
    expect(() => readConfig({ OPENCLAUSE_TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(
      /10\.0\.0\.0\/33/,
    );
    for (const wrong of ['*', '10.0.0.0/', '10.0.0.0/8/1', '/8', '10.0.0.0/x'])
      expect(isProxyEntry(wrong), wrong).toBe(false);
  });
});
