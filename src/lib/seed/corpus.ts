/**
 * The words seeded comments are made of, one corpus per language of the regulation: a Chinese
 * regulation draws Chinese comments, an English one English comments. Form letters name the
 * regulation and the article they are about, so a campaign on one regulation never turns up
 * in another's consultation. Placeholders: {title} the regulation's short title, {label} the
 * article's label, {estate}, {n} and {phone} filled at random.
 */
export interface FormLetter {
  share: number;
  stance: 'support' | 'oppose' | 'amend' | 'question';
  text: string;
}

export interface Corpus {
  openers: readonly string[];
  byStance: Record<FormLetter['stance'], readonly string[]>;
  details: readonly string[];
  wording: readonly string[];
  reasons: Record<string, string>;
  /** A reply is this followed by the reason. */
  thanks: string;
  /** What the whole regulation is called when a comment names no article. */
  whole: string;
  /** How a comment quotes its article: `{label}` and the first words of its text `{text}`. */
  quote: string;
  campaigns: readonly FormLetter[];
  /** The sign-off under a form letter, with the signer's name, or with the placeholder left unfilled. */
  signed: (name: string) => string;
  unsigned: string;
  surnames: readonly string[];
  given: readonly string[];
  /** Joins a surname and given names. */
  name: (surname: string, given: string) => string;
  estates: readonly string[];
  /** The districts residents write they live in, and where a liaison point gathers opinions. */
  districts: readonly string[];
  liaisonPoint: (district: string) => string;
}

const zh: Corpus = {
  openers: ['', '建议：', '我认为，', '作为市民，我认为', '本人意见：', '希望', '对于本条，'],
  byStance: {
    support: [
      '这一规定很有必要，表示支持。',
      '写得很好，希望尽快通过实施。',
      '赞成，建议同时加强执行监督。',
      '支持，这正是我们社区多年来反映的问题。',
    ],
    oppose: [
      '这一规定不合理，会增加居民负担，建议删除。',
      '不同意这一条，实际执行中难以操作。',
      '反对，该规定对老年人和低收入家庭考虑不够。',
    ],
    amend: [
      '建议将期限由三十日改为十五日。',
      '建议增加“并向社会公示”的表述。',
      '建议明确责任主体和处罚标准。',
      '建议把“可以”改为“应当”。',
      '建议增加对违规行为的投诉渠道。',
    ],
    question: [
      '请问这里的“有关部门”具体指哪个部门？',
      '该条与上位法是否一致？请说明依据。',
      '请问本条从什么时候开始适用？',
    ],
  },
  details: [
    '我住在{estate}，身边很多人都有同样的看法。',
    '{estate}{n}号楼的情况就是这样。',
    '去年我们社区为此开了{n}次协调会。',
    '联系电话1{phone}，欢迎回访。',
    '',
  ],
  wording: [
    '前款规定的事项，有关部门应当自作出决定之日起十五日内向社会公布。',
    '违反本条规定的，由有关部门责令改正；拒不改正的，处五百元以上二千元以下罚款。',
    '市人民政府应当每年向市人民代表大会常务委员会报告本条规定的执行情况。',
  ],
  reasons: {
    adopted: '该意见合理，已在修改稿中采纳。',
    'partly-adopted': '部分采纳，相关内容已作调整。',
    'not-adopted': '上位法已有规定，不再重复规定。',
    'out-of-scope': '该意见不属于本条例调整范围，已转有关部门研究。',
  },
  thanks: '感谢您的意见。',
  whole: '本条例',
  quote: '{label}规定“{text}……”，',
  campaigns: [
    {
      share: 50,
      stance: 'oppose',
      text: '我们坚决反对《{title}》{label}的规定。这一规定与广大市民的切身利益密切相关，起草时没有充分听取群众意见，执行起来会给普通家庭增加负担，请求立法机关予以删除，或者在公开听证后重新拟定。',
    },
    {
      share: 25,
      stance: 'amend',
      text: '强烈建议修改《{title}》{label}：写明负责执行的部门和办理时限，规定执行情况每年向社会公开，并设立便捷的投诉和监督渠道，让这一规定真正落到实处。',
    },
    {
      share: 15,
      stance: 'support',
      text: '我们全力支持《{title}》{label}的规定，这正是大家多年来呼吁的。希望条例尽快通过施行，并在实施中加强宣传和监督检查。',
    },
    {
      share: 10,
      stance: 'question',
      text: '请问《{title}》{label}由哪个部门负责执行？违反了向哪里投诉？请在条例中写清楚，并在答复中告诉我们。',
    },
  ],
  signed: (name) => `\n此致\n敬礼\n${name}`,
  unsigned: '\n此致\n敬礼\n**姓名**',
  surnames: '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'.split(''),
  given: '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧建国平'.split(''),
  name: (surname, given) => surname + given,
  estates: [
    '阳光花园',
    '滨江名苑',
    '翠湖小区',
    '金桂苑',
    '锦绣家园',
    '东方明珠城',
    '梧桐里',
    '新城嘉园',
  ],
  districts: ['江北区', '江南区', '临港新区', '东湖区', '西山区', '高新区', '青石县'],
  liaisonPoint: (district) => `${district}基层立法联系点`,
};

const en: Corpus = {
  openers: ['', 'In my view: ', 'As a resident: ', 'My comment: '],
  byStance: {
    support: [
      'this provision is much needed and I support it.',
      'this is well drafted; please pass it soon.',
      'I agree, and enforcement should be monitored as well.',
      'I support this: it is what residents have asked for for years.',
    ],
    oppose: [
      'this provision is unreasonable and adds to residents’ burden; please delete it.',
      'I disagree with this section: it would be hard to apply in practice.',
      'I object: it does not consider older people and low-income households enough.',
    ],
    amend: [
      'please shorten the period from thirty days to fifteen.',
      'please add “and make it public” to this provision.',
      'please name the agency responsible and the penalty.',
      'please change “may” to “shall”.',
      'please add a way to complain when the rule is broken.',
    ],
    question: [
      'which agency do “the relevant departments” mean here?',
      'is this consistent with national law? Please give the basis.',
      'from when does this section apply?',
    ],
  },
  details: [
    ' I live in {estate} and many neighbours feel the same.',
    ' This is exactly the situation in building {n} of {estate}.',
    ' Our residents’ committee has discussed this at meeting after meeting.',
    ' You can reach me on 1{phone}.',
    '',
  ],
  wording: [
    'The agency shall publish the matters in the preceding paragraph within fifteen days of its decision.',
    'Whoever breaks this section shall be ordered to correct it; whoever refuses shall be fined between 500 and 2,000 yuan.',
    'The Municipal People’s Government shall report every year to the Standing Committee on how this section is applied.',
  ],
  reasons: {
    adopted: 'The suggestion is reasonable and has been adopted in the revised draft.',
    'partly-adopted': 'Partly adopted: the provision has been adjusted.',
    'not-adopted': 'National law already provides for this; it is not repeated here.',
    'out-of-scope':
      'This lies outside the scope of these regulations and has been passed to the agency concerned.',
  },
  thanks: 'Thank you for your comment. ',
  whole: 'these regulations',
  quote: '{label} says “{text}…”: ',
  campaigns: [
    {
      share: 50,
      stance: 'oppose',
      text: 'We strongly object to {label} of the {title}. It touches the daily lives of every resident, yet it was drafted without hearing them, and it would add to the burden of ordinary families. Please delete it, or write it again after a public hearing.',
    },
    {
      share: 25,
      stance: 'amend',
      text: 'Dear Committee, I urge you to amend {label} of the {title} so that it names the agency responsible and its deadlines, requires a yearly public report on how it is applied, and gives residents a simple way to complain.',
    },
    {
      share: 15,
      stance: 'support',
      text: 'We fully support {label} of the {title}. Residents have asked for this for years; please pass it without weakening it, and make sure it is explained and enforced.',
    },
    {
      share: 10,
      stance: 'question',
      text: 'Which agency will enforce {label} of the {title}, and where can residents complain when it is not followed? Please write this into the text and tell us in your reply.',
    },
  ],
  signed: (name) => `\nYours faithfully,\n${name}`,
  unsigned: '\nYours faithfully,\n[Your name]',
  surnames: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou'],
  given: ['Wei', 'Fang', 'Na', 'Min', 'Jing', 'Li', 'Qiang', 'Lei', 'Jun', 'Yang', 'Hua'],
  name: (surname, given) => `${given} ${surname}`,
  estates: ['Sunshine Garden', 'Riverside Court', 'Green Lake Estate', 'Osmanthus Court'],
  districts: [
    'Jiangbei District',
    'Jiangnan District',
    'Lingang New Area',
    'Donghu District',
    'Xishan District',
    'High-Tech Zone',
    'Qingshi County',
  ],
  liaisonPoint: (district) => `${district} legislative liaison point`,
};

/** The corpus of a regulation's language (Chinese for any language without one). */
export const corpusOf = (language: string): Corpus => (language === 'en' ? en : zh);
