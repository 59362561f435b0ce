/**
 * Field errors of the public forms (comment, ratings, questionnaire, project proposal): the
 * domain's validators return these keys (`fieldError.<problem>`) and the pages translate them.
 * Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const sharedFieldErrors = m({
  'fieldError.textMalformed': {
    zh: '此项含有无法识别的字符，请重新输入后再提交。',
    en: 'This field holds characters that cannot be read; type it again and resubmit.',
  },
  'fieldError.stanceMissing': {
    zh: '请选择您的态度：赞成、反对、建议修改或提出疑问。',
    en: 'Choose your stance: support, oppose, suggest a change, or ask a question.',
  },
  'fieldError.stanceInvalid': {
    zh: '所选态度无效，请从赞成、反对、建议修改、提出疑问中选择一项。',
    en: 'That stance is not one of the choices; choose support, oppose, suggest a change, or question.',
  },
  'fieldError.bodyEmpty': { zh: '请填写意见内容。', en: 'Write your comment in the box.' },
  'fieldError.bodyTooLong': {
    zh: '意见内容最多 {max} 字，现为 {length} 字，请精简后再提交。',
    en: 'Your comment has {length} characters; shorten it to at most {max} and submit again.',
  },
  'fieldError.suggestedTooLong': {
    zh: '建议条文最多 {max} 字，请精简后再提交。',
    en: 'Shorten the suggested wording to at most {max} characters and submit again.',
  },
  'fieldError.suggestedSameAsClause': {
    zh: '建议条文与原条文相同。请写出修改后的条文，或将此栏留空。',
    en: 'The suggested wording is the same as the clause; write the changed wording, or leave this box empty.',
  },
  'fieldError.nameTooLong': {
    zh: '署名最多 {max} 字，请缩短；不填则匿名。',
    en: 'Shorten the public name to at most {max} characters, or leave it empty to stay anonymous.',
  },
  'fieldError.categoryInvalid': {
    zh: '请从列表中选择您的身份。',
    en: 'Choose who you are commenting as from the list.',
  },
  'fieldError.districtTooLong': {
    zh: '所在区县最多 {max} 字，请缩短或留空。',
    en: 'Shorten the district to at most {max} characters, or leave it empty.',
  },
  'fieldError.contactTooLong': {
    zh: '联系方式最多 {max} 字，请只填一个电话号码或电子邮箱。',
    en: 'Contact details can be at most {max} characters; give one phone number or e-mail address.',
  },
  'fieldError.contactInvalid': {
    zh: '联系方式应为电话号码或电子邮箱地址，请更正或留空。',
    en: 'Give a phone number or an e-mail address as contact details, or leave the box empty.',
  },
  'fieldError.contactNotEmail': {
    zh: '您勾选了通过电子邮箱通知，请在联系方式中填写电子邮箱地址，或取消勾选。',
    en: 'You asked to be notified by e-mail: give an e-mail address as contact details, or untick that box.',
  },
  'fieldError.consentInvalid': {
    zh: '“同意公开”选项无效，请刷新页面后重新勾选。',
    en: 'The consent box sent an unexpected value; reload the page and tick it again.',
  },
  'fieldError.formExpired': {
    zh: '表单已失效，请刷新页面后重新提交（已填内容请先复制保存）。',
    en: 'The form has expired; copy what you wrote, reload the page and submit again.',
  },
  'fieldError.clauseInvalid': {
    zh: '所选条款无效，请回到条文页面，从要评论的条款重新进入。',
    en: 'The clause is not valid; go back to the text and open the form from the clause you want to comment on.',
  },
  'fieldError.quoteNotInClause': {
    zh: '引用的文字与条文不符，请在条文中重新选择要引用的文字。',
    en: 'The quoted passage does not match the clause; select the passage in the text again.',
  },
  'fieldError.quoteInvalid': {
    zh: '引用的文字无效，请在条文中重新选择，或删除引用。',
    en: 'The quoted passage is not valid; select it in the text again, or remove the quote.',
  },
  'fieldError.ratingsIncomplete': {
    zh: '请对清晰性、可执行性和实施效果三项都打分（1至5分）。',
    en: 'Rate all three of clarity, enforceability and effect (1 to 5).',
  },
  // The questionnaire's form, which has no text to copy: no advice to save it first.
  'fieldError.questionnaireExpired': {
    zh: '表单已失效，请刷新页面后重新提交。',
    en: 'The form has expired; reload the page and submit again.',
  },
  'fieldError.question.textMalformed': {
    zh: '第 {n} 题：含有无法识别的字符，请重新输入。',
    en: 'Question {n}: it holds characters that cannot be read; type it again.',
  },
  'fieldError.question.answerMissing': {
    zh: '第 {n} 题：请作答。',
    en: 'Question {n}: please answer it.',
  },
  'fieldError.question.choiceInvalid': {
    zh: '第 {n} 题：请从所列选项中选择一项。',
    en: 'Question {n}: choose one of the options listed.',
  },
  'fieldError.question.scaleInvalid': {
    zh: '第 {n} 题：请选择 1 至 5 分。',
    en: 'Question {n}: choose a score from 1 to 5.',
  },
  'fieldError.question.textTooLong': {
    zh: '第 {n} 题：最多 {max} 字，现为 {length} 字，请精简。',
    en: 'Question {n}: it has {length} characters; shorten it to at most {max}.',
  },
  'fieldError.proposal.titleMissing': { zh: '请填写项目名称。', en: 'Write the title.' },
  'fieldError.proposal.problemMissing': {
    zh: '请填写要解决的问题。',
    en: 'Write the problem to solve.',
  },
  'fieldError.proposal.scopeMissing': {
    zh: '请填写希望规范的事项。',
    en: 'Write what it should regulate.',
  },
  'fieldError.proposal.titleTooLong': {
    zh: '项目名称最多 {max} 字，请精简。',
    en: 'Shorten the title to at most {max} characters.',
  },
  'fieldError.proposal.problemTooLong': {
    zh: '要解决的问题最多 {max} 字，请精简。',
    en: 'Shorten the problem to solve to at most {max} characters.',
  },
  'fieldError.proposal.scopeTooLong': {
    zh: '希望规范的事项最多 {max} 字，请精简。',
    en: 'Shorten what it should regulate to at most {max} characters.',
  },
});
