/**
 * A contact point's clerk pages (src/pages/staff/station.astro and station-clerks.astro). Merged
 * into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffStationPage = m({
  'clerkStation.nav': { zh: '本站意见', en: 'My station' },
  'clerkStation.title': { zh: '{station}：本站意见', en: '{station}: opinions' },
  'clerkStation.enter': { zh: '录入本站收集的意见', en: 'Enter opinions gathered here' },
  'clerkStation.publicPage': { zh: '本站公开页面', en: 'The station’s public page' },
  'clerkStation.poster': { zh: '本站海报和二维码', en: 'The station’s poster and QR code' },
  'clerkStation.opinions': { zh: '本站收集的意见', en: 'Opinions gathered here' },
  'clerkStation.none': {
    zh: '本站还没有收集到意见。',
    en: 'No opinions have been gathered here yet.',
  },
  'clerkStation.unbound': {
    zh: '您的账号还没有绑定联络站。请管理员在“联络站工作人员”页面为您选择所在的联络站。',
    en: 'Your account is not bound to a liaison station yet. Ask an administrator to choose your station on the “Station clerks” page.',
  },
  'clerkStation.bindTitle': { zh: '联络站工作人员', en: 'Station clerks' },
  'clerkStation.bindLead': {
    zh: '为每位联络站工作人员选择其所在的联络站。工作人员录入的意见记为来自该站，并可在“本站意见”页面查看该站意见的转办、回复和销号情况。',
    en: 'Choose the liaison station each clerk works at. The opinions a clerk enters are recorded as coming through that station, and the clerk’s “My station” page shows how each of the station’s opinions was forwarded, answered and closed.',
  },
  'clerkStation.stationOf': {
    zh: '{name}（{username}）所在联络站',
    en: 'Station of {name} ({username})',
  },
  'clerkStation.noStation': { zh: '（未绑定）', en: '(none)' },
  'clerkStation.save': { zh: '保存', en: 'Save' },
  'clerkStation.saved': { zh: '已保存。', en: 'Saved.' },
  'clerkStation.noClerks': {
    zh: '还没有联络站工作人员账号。',
    en: 'There are no clerk accounts yet.',
  },
});
