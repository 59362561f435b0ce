import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/html/escape.ts';

describe('escapeXml', () => {
  it('drops every character XML 1.0 forbids and escapes markup', () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    expect(escapeXml(`条例${controls}\uFFFE\uFFFF\uD800 <草案> & "引号" 😀`)).toBe(
      '条例\t\n\r &lt;草案&gt; &amp; &quot;引号&quot; 😀',
    );
  });
});
