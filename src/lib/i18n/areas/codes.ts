/**
 * Names of the codes the domain stores and returns (`role.<Role>`, `disposition.<Disposition>`,
 * `hold.<HoldReason>`, `redaction.<RedactionReason>`): pages show them through `t` or `label`.
 * Merged in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const codesMessages = m({
  'role.admin': { zh: '系统管理员', en: 'Administrator' },
  'role.committee': { zh: '常委会工作人员', en: 'Committee staff' },
  'role.advisor': { zh: '立法顾问', en: 'Legislative advisor' },
  'role.moderator': { zh: '审核员', en: 'Moderator' },
  'role.clerk': { zh: '联系点工作人员', en: 'Contact-point clerk' },

  'disposition.adopted': { zh: '采纳', en: 'Adopted' },
  'disposition.partly-adopted': { zh: '部分采纳', en: 'Partly adopted' },
  'disposition.not-adopted': { zh: '未采纳', en: 'Not adopted' },
  'disposition.out-of-scope': { zh: '不属于本法规范围', en: 'Out of scope' },

  'hold.reported': { zh: '多位读者举报，待审核', en: 'reported by readers, pending review' },
  'hold.abuse': { zh: '含有辱骂、攻击性内容', en: 'abusive content' },
  'hold.spam': { zh: '广告或无关的重复内容', en: 'spam' },
  'hold.personal-data': { zh: '含有他人个人信息', en: 'personal data of others' },
  'hold.off-topic': { zh: '与本法规无关', en: 'off topic' },

  'redaction.personal-data': { zh: '他人个人信息', en: 'personal data of others' },
  'redaction.abuse': { zh: '辱骂或攻击性言辞', en: 'abusive words' },
  'redaction.defamation': { zh: '诽谤或未经证实的指控', en: 'defamatory or unfounded accusation' },
});
