/** fast-check arbitraries for hostile text: CJK legal vocabulary, markup, controls, bidi. */
import fc from 'fast-check';

const CJK =
  '第一二三四五六七八九十百千零〇条款项目章节编之本条例规定应当可以不得违反的和、，。；：（）《》“”'.split(
    '',
  );
const TRICKY = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\u3000',
  '\r',
  '\t',
  '\uD800',
  '\uDC00',
  '👨‍👩‍👧',
  'é',
  '#',
  '*',
  '>',
  '-',
  '`',
  '|',
  '<',
  '&',
  '\\',
];

/** Characters that make up Chinese legal text, plus controls, bidi marks and markup. */
export const hostileChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CJK) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);

export const hostileText = (maxLength = 60) =>
  fc.array(hostileChar, { maxLength }).map((cs) => cs.join(''));

/** A numeral as drafts write it, sometimes garbled. */
const numeral = fc.oneof(
  fc.constantFrom(
    '一',
    '二',
    '三',
    '十',
    '十一',
    '二十',
    '一百零一',
    '零',
    '十十',
    '两',
    '之一',
    '',
  ),
  fc.integer({ min: 0, max: 300 }).map(String),
);

/** One line of a Chinese draft: headings, articles, points, sub-points, prose, garbage. */
const draftLine = fc.oneof(
  fc.tuple(fc.constantFrom('# ', '## ', '### ', '#### '), hostileText(20)).map(([h, t]) => h + t),
  fc
    .tuple(
      fc.constantFrom('## ', '### ', ''),
      fc.constantFrom('第', ''),
      numeral,
      fc.constantFrom('章', '节', '编'),
      hostileText(10),
    )
    .map(([h, a, n, k, t]) => `${h}${a}${n}${k} ${t}`),
  fc.tuple(numeral, hostileText(40)).map(([n, t]) => `第${n}条 ${t}`),
  fc.tuple(numeral, hostileText(30)).map(([n, t]) => `（${n}）${t}`),
  fc.tuple(fc.integer({ min: 0, max: 12 }), hostileText(30)).map(([n, t]) => `${n}. ${t}`),
  fc.constantFrom(
    '',
    '---',
    'title: x',
    '> 引文',
    '- 列表',
    '```',
    '| a | b |',
    '<script>x</script>',
    'SEC. 1. SHORT TITLE.',
    '(a) In general.',
    'Whereas x;',
  ),
  hostileText(50),
);

/** A Markdown draft made of draft-like lines, sometimes with front matter. */
export const draftSource = fc
  .tuple(
    fc.boolean(),
    fc.array(draftLine, { maxLength: 40 }),
    fc.constantFrom('\n', '\n\n', '\r\n'),
  )
  .map(([front, lines, nl]) => (front ? `---${nl}slug: x${nl}---${nl}` : '') + lines.join(nl));
