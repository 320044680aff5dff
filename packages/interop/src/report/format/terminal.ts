/** Text that is safe to print on a terminal, whatever the payload it came from. */

// C0 controls (tab and line breaks included: one finding stays on one line), DEL, C1 controls (0x9b is a CSI on some
// terminals), and the invisible bidirectional controls that reorder what a reader sees (Trojan Source).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Shows control characters as `\u001b`-style escapes instead of letting the terminal interpret them, so a payload
 * key such as `"\u001b]8;;https://evil\u0007"` cannot move the cursor, recolour the screen or hide text.
 * @example
 * escapeTerminal('pm\u001b[2J25'); // 'pm\\u001b[2J25'
 */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
