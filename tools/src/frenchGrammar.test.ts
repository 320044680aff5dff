import { describe, expect, it } from 'vitest';
import { frenchElisionSlips } from './frenchGrammar';

describe('frenchElisionSlips', () => {
  it('finds a missing elision before a vowel or a mute h, and a missing contraction', () => {
    expect(frenchElisionSlips('Concentration de arsenic observée')).toEqual(['"de arsenic" → d’arsenic']);
    expect(frenchElisionSlips('Concentration de ozone, le indice et la heure')).toHaveLength(3);
    expect(frenchElisionSlips('Nombre de habitants')).toEqual(['"de habitants" → d’habitants']);
    expect(frenchElisionSlips('Une valeur que il faut')).toEqual(['"que il" → qu’il']);
    expect(frenchElisionSlips('Part de le budget et à les communes')).toEqual(['"de le" → du', '"à les" → aux']);
    expect(frenchElisionSlips('Commune de Ixelles')).toEqual(['"de Ixelles" → d’Ixelles']);
  });

  it('accepts correct French, aspirated h, the exceptions and code', () => {
    for (const text of [
      'Concentration d’arsenic et de l’ozone',
      'Le hasard, la hausse, le haut de la hiérarchie, de huit à onze',
      'Moyenne de NO2 et de PM2,5, le pm25 mesuré',
      'La même API que `opencity validate`',
      'Donnez à type un des types publiés ; le unitCode indique l’unité',
      'détecter via « type » ; valeur de {value}',
      'Le jour, la période, que chaque commune',
    ])
      expect(frenchElisionSlips(text), text).toEqual([]);
  });
});
