/**
 * The open-data page (src/pages/open-data.astro). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const openDataPage = m({
  'openData.title': { zh: '开放数据', en: 'Open data' },
  'openData.lead': {
    zh: '法规、各稿文本、公开的意见及其办理结果和答复，都可以下载或通过接口读取，免费使用，无需申请。',
    en: 'Regulations, their texts, the published comments with what was done with them and the replies: all can be downloaded or read through the API, free to reuse, no key needed.',
  },
  'openData.whatTitle': { zh: '包含哪些内容', en: 'What is included' },
  'openData.what': {
    zh: '只包含公开页面上能看到的内容：经审核公开、且本人同意公开的意见（个人信息已遮盖，删节处已处理），意见的办理结果（采纳、部分采纳、未采纳、不属于本法规范围）、正式答复，以及采纳后体现在后续稿件中的条款。联系方式、网络地址和未公开的意见一律不包含。',
    en: 'Only what the public pages show: comments published with their authors’ consent (personal data masked, redactions applied), what was done with each (adopted, partly adopted, not adopted, out of scope), the official reply, and the clause of a later version that reflects it. Contact details, network addresses and unpublished comments are never included.',
  },
  'openData.downloadsTitle': { zh: '下载表格', en: 'Download tables' },
  'openData.downloads': {
    zh: '每一稿的意见列表页都提供 CSV 和 Excel（XLSX）两种格式的下载，内容与接口相同。',
    en: 'The comment list of every version offers the same data as CSV and as Excel (XLSX).',
  },
  'openData.versionDownloads': {
    zh: '{regulation} · {version}：',
    en: '{regulation} · {version}: ',
  },
  'openData.apiTitle': { zh: '数据接口（JSON）', en: 'The API (JSON)' },
  'openData.api': {
    zh: '接口以 OpenAPI 3.1 格式说明，可直接导入常用工具：',
    en: 'The API is described in OpenAPI 3.1, which common tools read directly:',
  },
  'openData.spec': { zh: '接口说明（openapi.json）', en: 'API description (openapi.json)' },
  'openData.endpoints': { zh: '主要地址', en: 'Main addresses' },
  'openData.listPage': { zh: '意见列表', en: 'Comment list' },
});
