/**
 * Contact points (src/pages/stations/): the list, a contact point's page and its poster. Merged
 * into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const stationsPage = m({
  'stations.title': { zh: '人大代表联络站', en: 'Deputies’ liaison stations' },
  'stations.lead': {
    zh: '在联络站扫描二维码提出的意见会标明来自该站，并经转办、回复、销号全程公开。',
    en: 'A comment sent through a station’s QR code is marked as coming from it, and its forwarding, answer and closing are shown in public.',
  },
  'stations.address': { zh: '地址', en: 'Address' },
  'stations.hours': { zh: '接待时间', en: 'Open' },
  'stations.deputies': { zh: '进站代表', en: 'Deputies at this station' },
  'stations.poster': { zh: '打印二维码海报', en: 'Print the QR poster' },
  'stations.deputyPoster': { zh: '{name}的二维码海报', en: 'QR poster of {name}' },
  'stations.open': {
    zh: '正在征求意见，通过本站提意见',
    en: 'Open for comment: comment through this station',
  },
  'stations.noOpen': { zh: '目前没有正在征求意见的法规。', en: 'Nothing is open for comment now.' },
  'stations.commentVia': {
    zh: '通过本站对{title}提意见',
    en: 'Comment on the {title} through this station',
  },
  'stations.counts': { zh: '办理情况', en: 'What became of the opinions' },
  'stations.gathered': { zh: '收集', en: 'Gathered' },
  'stations.forwarded': { zh: '转办', en: 'Forwarded' },
  'stations.answered': { zh: '回复', en: 'Answered' },
  'stations.closed': { zh: '销号', en: 'Closed' },
  'stations.comments': { zh: '公开的意见', en: 'Public comments' },
  'stations.noComments': { zh: '尚无公开的意见。', en: 'No public comments yet.' },
  'stations.anonymous': { zh: '匿名', en: 'Anonymous' },
  'stations.via': { zh: '来自{station}', en: 'Through {station}' },
  'stations.viaDeputy': {
    zh: '来自{station}（{deputy}代表）',
    en: 'Through {station} (deputy {deputy})',
  },
  'stations.posterSubtitle': {
    zh: '扫码对正在征求意见的法规草案提意见',
    en: 'Scan to comment on the drafts open for comment',
  },
  'stations.posterDeputy': { zh: '{role}{name}', en: '{role} {name}' },
});
