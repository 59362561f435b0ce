/**
 * A questionnaire's results (src/components/QuestionnaireTally.astro). Merged into the catalogue in
 * ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const questionnaireTallyComponent = m({
  'participation.q.responses': { zh: '共收到问卷 {count} 份。', en: '{count} responses.' },
  'participation.q.answered': { zh: '{count} 人作答', en: '{count} answered' },
  'participation.q.average': { zh: '平均 {average} 分', en: 'average {average}' },
  'participation.q.option': { zh: '选项', en: 'Answer' },
  'participation.q.count': { zh: '人数', en: 'People' },
  'participation.q.share': { zh: '占比', en: 'Share' },
  'participation.q.textsPrivate': {
    zh: '文字回答不公开。',
    en: 'Written answers are not published.',
  },
});
