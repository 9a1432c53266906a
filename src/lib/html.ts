/**
 * Escapes text for HTML and SVG: element content and double-quoted attribute values. The one
 * escaper of the hand-built pages and charts (the report page, the weekly chart); the web pages and
 * mails escape through their template engine (preact-render-to-string).
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
