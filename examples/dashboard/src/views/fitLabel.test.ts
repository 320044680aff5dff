import { describe, expect, it } from 'vitest';
import { fitLabel } from './fitLabel';

describe('fitLabel', () => {
  it('keeps a short label as it is', () => {
    expect(fitLabel('PRJ-BXL-04 Fibre to every school', 40)).toBe('PRJ-BXL-04 Fibre to every school');
  });

  it('wraps between words and ends a cut label with an ellipsis after a whole word', () => {
    const label = 'PRJ-BXL-04 Information en temps réel à chaque arrêt de tram et de bus de la Région';
    expect(fitLabel(label, 30)).toBe('PRJ-BXL-04 Information en\ntemps réel à chaque arrêt de …');
    for (const line of fitLabel(label, 30).split('\n')) expect(line.length).toBeLessThanOrEqual(30);
    // Every word shown is a whole word of the title.
    const words = new Set(label.split(' '));
    for (const w of fitLabel(label, 30).split(/\s+/)) if (w !== '…') expect(words.has(w)).toBe(true);
  });

  it('never cuts a word longer than the line: it stands alone', () => {
    expect(fitLabel('Gegevensuitwisselingsplatform voor iedereen', 12, 3)).toBe(
      'Gegevensuitwisselingsplatform\nvoor\niedereen',
    );
  });
});
