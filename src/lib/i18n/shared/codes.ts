/**
 * Names of the codes the domain stores and returns, shown by many pages through `label(t, group,
 * code)`: stage, status, stance (`form.stance.<stance>`), category (`form.category.<category>`),
 * channel (`pub.channel.<channel>`), role, disposition, hold, redaction, whole-text targets. Merged
 * into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const sharedCodes = m({
  'stage.planning': { zh: '立项', en: 'Project-setting' },
  'stage.drafting': { zh: '起草', en: 'Drafting' },
  'stage.review': { zh: '审议', en: 'Review' },
  'stage.enacted': { zh: '通过公布', en: 'Enacted' },
  'stage.evaluation': { zh: '立法后评估', en: 'Post-enactment evaluation' },

  'form.stance.support': { zh: '赞成', en: 'Support' },
  'form.stance.oppose': { zh: '反对', en: 'Oppose' },
  'form.stance.amend': { zh: '建议修改', en: 'Suggest a change' },
  'form.stance.question': { zh: '有疑问', en: 'Question' },
  'form.stance.unstated': { zh: '未表态', en: 'Not stated' },
  'form.category.individual': { zh: '个人', en: 'An individual' },
  'form.category.enterprise': { zh: '企业', en: 'An enterprise' },
  'form.category.organisation': { zh: '社会组织', en: 'An organisation' },
  'form.category.expert': { zh: '专家学者', en: 'An expert' },
  'form.category.deputy': { zh: '人大代表', en: 'A deputy' },

  'status.received': { zh: '已收到，等待审核', en: 'Received, awaiting moderation' },
  'status.published': { zh: '已公开', en: 'Published' },
  'status.held': { zh: '未公开', en: 'Held back' },
  'status.under-review': { zh: '正在研究处理', en: 'Under review' },
  'status.answered': { zh: '已答复', en: 'Answered' },

  'whole.draft': { zh: '草案整体', en: 'The whole draft' },
  'whole.regulation': { zh: '法规整体', en: 'The regulation as a whole' },
  'whole.plan': { zh: '立法计划整体', en: 'The plan as a whole' },

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

  'pub.channel.online': { zh: '网上提交', en: 'Online' },
  'pub.channel.contact-point': { zh: '基层立法联系点', en: 'Contact point' },
  'pub.channel.meeting': { zh: '座谈会', en: 'Meeting' },
  'pub.channel.letter': { zh: '来信', en: 'Letter' },
  'pub.channel.hearing': { zh: '听证会', en: 'Hearing' },
});
