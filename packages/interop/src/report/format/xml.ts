/** Escaping for XML and HTML output. */

/** Escapes text for XML/HTML content and attribute values; drops characters XML 1.0 cannot carry at all. */
export function escapeMarkup(text: string): string {
  return (
    text
      // Matching control characters is the point here: XML 1.0 forbids them.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  );
}
