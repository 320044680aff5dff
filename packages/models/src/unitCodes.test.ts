import { describe, expect, it } from 'vitest';
import { isUnitCode, unitCodes } from './unitCodes';

describe('unitCodes', () => {
  it('is keyed by UN/CEFACT code, without a prototype', () => {
    expect(unitCodes.GQ.symbol).toBe('µg/m³');
    expect(isUnitCode('CEL')).toBe(true);
    expect(isUnitCode('toString')).toBe(false);
    expect(isUnitCode('gq')).toBe(false);
  });
});
