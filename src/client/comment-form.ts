/**
 * Progressive enhancement of the comment forms (the forms work without it):
 *
 * - selecting a passage of an article offers a button that opens the article's form with the
 *   passage quoted. The anchor is the article's eId, the UTF-16 offsets of the passage in the
 *   article's plain text (see `clausePlainText`) and the quoted text: each clause text on the
 *   page carries `data-at` (its offset in that plain text) and `data-pre` (the plain text
 *   before it: line break, label), so the offsets never depend on the rendered markup;
 * - a suggested wording is shown as a redline against the clause while it is typed, by the
 *   same functions that render it after submitting;
 * - on the reading page each article carries a link to its comment page (the way without
 *   script) and the page one full form in a <template data-comment-template>: each link becomes
 *   a disclosure, and opening it (or quoting from the article) puts a copy of the full form in
 *   it, so the page stays light and the reader still comments in place, with the quote and the
 *   live redline.
 */
import { sanitiseText } from '../lib/comments/sanitise.ts';
import { suggestionRedline } from '../lib/comments/suggestion.ts';
import { DEFAULT_LIMITS } from '../lib/comments/validate.ts';

/** The clause eId and id prefix the page's template form is rendered with, replaced in each copy. */
export const TEMPLATE_CLAUSE = 'clause-template';

interface Anchor {
  article: HTMLElement;
  start: number;
  end: number;
  quote: string;
}

const textSpans = (article: Element) => [...article.querySelectorAll<HTMLElement>('[data-at]')];

/** The article's plain text, rebuilt from its clause texts and the text between them. */
export function plainTextOf(article: Element): string {
  return textSpans(article)
    .map((s) => (s.dataset['pre'] ?? '') + (s.textContent ?? ''))
    .join('');
}

/** Characters from the start of `span` to a boundary point inside it. */
function offsetWithin(span: Node, node: Node, offset: number): number {
  const r = document.createRange();
  r.setStart(span, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}

/** The passage of one article that a range covers, as offsets in its plain text. */
export function anchorOf(range: Range): Anchor | null {
  const common = range.commonAncestorContainer;
  const article = (common instanceof Element ? common : common.parentElement)?.closest<HTMLElement>(
    '[data-anchor]',
  );
  if (!article || range.collapsed) return null;
  if ((common instanceof Element ? common : common.parentElement)?.closest('form')) return null;
  let start: number | null = null;
  let end: number | null = null;
  for (const span of textSpans(article)) {
    if (!range.intersectsNode(span)) continue;
    const at = Number(span.dataset['at']);
    const whole = document.createRange();
    whole.selectNodeContents(span);
    const from =
      range.compareBoundaryPoints(Range.START_TO_START, whole) <= 0
        ? 0
        : offsetWithin(span, range.startContainer, range.startOffset);
    const to =
      range.compareBoundaryPoints(Range.END_TO_END, whole) >= 0
        ? (span.textContent ?? '').length
        : offsetWithin(span, range.endContainer, range.endOffset);
    if (to <= from) continue;
    start ??= at + from;
    end = at + to;
  }
  if (start === null || end === null) return null;
  const quote = plainTextOf(article).slice(start, end);
  if (sanitiseText(quote) === '' || [...quote].length > DEFAULT_LIMITS.maxQuoteLength) return null;
  return { article, start, end, quote };
}

function setQuote(form: HTMLFormElement, anchor: Pick<Anchor, 'start' | 'end' | 'quote'> | null) {
  const field = form.querySelector<HTMLElement>('[data-quote-field]');
  if (!field) return;
  const input = (name: string) => form.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
  input('quote').value = anchor?.quote ?? '';
  input('quoteStart').value = anchor ? String(anchor.start) : '';
  input('quoteEnd').value = anchor ? String(anchor.end) : '';
  field.querySelector('[data-quote-text]')!.textContent = anchor?.quote ?? '';
  field.hidden = anchor === null;
}

function enhanceQuoteField(form: HTMLFormElement) {
  const remove = form.querySelector<HTMLButtonElement>('[data-quote-remove]');
  if (!remove) return;
  remove.hidden = false;
  remove.addEventListener('click', () => {
    setQuote(form, null);
    form.querySelector<HTMLTextAreaElement>('textarea[name=body]')?.focus();
  });
}

function enhancePreview(form: HTMLFormElement) {
  const box = form.querySelector<HTMLElement>('[data-preview]');
  const body = form.querySelector<HTMLElement>('[data-preview-body]');
  const input = form.querySelector<HTMLTextAreaElement>('textarea[name=suggestedWording]');
  if (!box || !body || !input) return;
  const language = form.dataset['lang'] === 'en' ? 'en' : 'zh';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const render = () => {
    const article = form.closest('[data-anchor]');
    const clauseText = form.dataset['clauseText'] ?? (article ? plainTextOf(article) : '');
    const suggested = sanitiseText(input.value);
    box.hidden = !clauseText || !suggested;
    // suggestionRedline escapes every character of both texts; the markup is only <ins>/<del>/<br>.
    body.innerHTML = box.hidden ? '' : suggestionRedline(clauseText, suggested, language);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(render, 120);
  });
  render();
}

/** A fresh idempotency key (crypto.randomUUID exists only in secure contexts). */
function newKey(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/**
 * The full form of an article's comment box: the one already in it, or a copy of the page's
 * template put in it with the box's clause and a fresh key.
 */
function fullFormOf(box: HTMLDetailsElement): HTMLFormElement | null {
  const own = box.querySelector<HTMLFormElement>('form[data-comment-form]');
  if (own) return own;
  const template = box.ownerDocument.querySelector<HTMLTemplateElement>(
    'template[data-comment-template]',
  );
  const copy = template?.content.querySelector('form')?.cloneNode(true);
  if (!(copy instanceof HTMLFormElement)) return null;
  const clause = box.dataset['clause'] ?? '';
  for (const el of copy.querySelectorAll('[id], [for], [aria-describedby], [aria-labelledby]')) {
    for (const name of ['id', 'for', 'aria-describedby', 'aria-labelledby']) {
      const value = el.getAttribute(name);
      if (value?.includes(TEMPLATE_CLAUSE))
        el.setAttribute(name, value.replaceAll(TEMPLATE_CLAUSE, clause));
    }
  }
  copy.querySelector<HTMLInputElement>('input[name=clause]')!.value = clause;
  copy.querySelector<HTMLInputElement>('input[name=idempotencyKey]')!.value = newKey();
  box.append(copy);
  enhanceQuoteField(copy);
  enhancePreview(copy);
  return copy;
}

/**
 * Each article's link to its comment page becomes a disclosure of the same name, and the page's
 * full form is put in it as it opens (before it opens on a click, or when it opens otherwise).
 */
function enhanceCommentLinks(doc: Document) {
  if (!doc.querySelector('template[data-comment-template]')) return;
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-comment-link]')) {
    const box = doc.createElement('details');
    box.className = 'comment-box';
    box.dataset['clause'] = link.dataset['commentLink'] ?? '';
    const summary = doc.createElement('summary');
    summary.textContent = link.textContent;
    box.append(summary);
    (link.closest('.comment-box') ?? link).replaceWith(box);
  }
  const boxOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLDetailsElement>('details.comment-box') : null;
  doc.addEventListener(
    'click',
    (e) => {
      const summary = e.target instanceof Element ? e.target.closest('summary') : null;
      const box = boxOf(summary);
      if (box && summary?.parentElement === box) fullFormOf(box);
    },
    true,
  );
  // `toggle` does not bubble; a listener capturing on the document still sees it.
  doc.addEventListener(
    'toggle',
    (e) => {
      const box =
        e.target instanceof HTMLDetailsElement && e.target.matches('details.comment-box')
          ? e.target
          : null;
      if (box?.open) fullFormOf(box);
    },
    true,
  );
}

/** Narrow or touch screens: the quote button is a bar at the foot of the screen. */
const COMPACT = '(max-width: 40rem), (pointer: coarse)';

function enhanceSelection(doc: Document) {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'quote-button';
  button.hidden = true;
  // On the reading page the only full form is in the template, whose content querySelector skips.
  const labelled =
    doc.querySelector<HTMLElement>('[data-select-label]') ??
    doc
      .querySelector<HTMLTemplateElement>('template[data-comment-template]')
      ?.content.querySelector<HTMLElement>('[data-select-label]');
  button.textContent = labelled?.dataset['selectLabel'] ?? '';
  let current: Anchor | null = null;
  const hide = () => {
    button.hidden = true;
    current = null;
  };
  const show = (anchor: Anchor, range: Range) => {
    current = anchor;
    const box = anchor.article.querySelector('details.comment-box');
    // In the article, after its text: Tab from the selection reaches it.
    anchor.article.insertBefore(button, box);
    button.hidden = false;
    const rect = range.getBoundingClientRect();
    // On a phone a button floated under the selection sat on the next lines of the text, beside
    // the system's own selection handles and menu. There it is a bar at the foot of the screen,
    // and the page scrolls so that the selection is not under it.
    const view = doc.defaultView;
    const compact = view?.matchMedia(COMPACT).matches ?? false;
    button.classList.toggle('quote-button-bar', compact);
    if (compact) {
      button.style.top = '';
      button.style.left = '';
      const overlap = rect.bottom + 8 - button.getBoundingClientRect().top;
      if (overlap > 0) view?.scrollBy(0, overlap);
      return;
    }
    const outer = anchor.article.getBoundingClientRect();
    button.style.top = `${rect.bottom - outer.top + 6}px`;
    button.style.left = `${Math.max(0, Math.min(rect.left - outer.left, outer.width - button.offsetWidth))}px`;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  doc.addEventListener('selectionchange', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const selection = doc.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      const anchor = range ? anchorOf(range) : null;
      if (anchor && range) show(anchor, range);
      else if (doc.activeElement !== button) hide();
    }, 150);
  });
  // Keep the selection while the button is pressed.
  button.addEventListener('pointerdown', (e) => e.preventDefault());
  button.addEventListener('click', () => {
    if (!current) return;
    const details = current.article.querySelector<HTMLDetailsElement>('details.comment-box');
    const form = details ? fullFormOf(details) : null;
    if (!details || !form) return;
    details.open = true;
    setQuote(form, current);
    hide();
    doc.getSelection()?.removeAllRanges();
    form.querySelector<HTMLElement>('[data-quote-field]')?.scrollIntoView({ block: 'center' });
    form.querySelector<HTMLInputElement>('input[name=stance]')?.focus();
  });
  button.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}

export function enhanceCommentForms(doc: Document): void {
  const forms = [...doc.querySelectorAll<HTMLFormElement>('form[data-comment-form]')];
  for (const form of forms) {
    enhanceQuoteField(form);
    enhancePreview(form);
  }
  enhanceCommentLinks(doc);
  if (doc.querySelector('[data-anchor]')) enhanceSelection(doc);
}
