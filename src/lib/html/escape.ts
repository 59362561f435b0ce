/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** Characters XML 1.0 does not allow anywhere in a document (C0 controls but tab, CR, LF; lone surrogates; U+FFFE/U+FFFF). */
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Escapes text for XML content and attributes, dropping characters XML 1.0 forbids: one control
 * character in a consultation title made the Atom feed unreadable for every subscriber (issue #14).
 *
 * @example escapeXml('条例\u0007 <草案>') // '条例 &lt;草案&gt;'
 */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(NOT_XML, ''));
}
