/**
 * A chart label on at most `lines` lines of at most `width` characters, broken between words, never inside one; when
 * the text is longer, the last line ends with an ellipsis after a whole word. A single word longer than `width` stays
 * whole on its own line.
 */
export function fitLabel(text: string, width: number, lines = 2): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const out: string[] = [];
  let k = 0;
  while (k < words.length && out.length < lines) {
    let line = words[k++] as string;
    while (k < words.length && line.length + 1 + (words[k] as string).length <= width) line += ` ${words[k++]}`;
    out.push(line);
  }
  if (k < words.length) {
    // Cut: end the last line with an ellipsis, dropping whole words until it fits.
    let last = (out.pop() as string).split(' ');
    while (last.length > 1 && `${last.join(' ')} …`.length > width) last = last.slice(0, -1);
    out.push(`${last.join(' ')} …`);
  }
  return out.join('\n');
}
