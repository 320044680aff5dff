import { describe, expect, it } from 'vitest';
import { OpenCityError, errorGuard, isOpenCityError } from './OpenCityError';

class SampleError extends OpenCityError<'bad_option' | 'bad_input'> {
  override readonly name = 'SampleError';
}
const isSampleError = errorGuard<SampleError>('SampleError');

describe('OpenCityError', () => {
  it('carries a name, a code, a message and a cause', () => {
    const cause = new Error('low level');
    const e = new SampleError('bad_option', 'option "x" must be positive', { cause });
    expect(e.name).toBe('SampleError');
    expect(e.code).toBe('bad_option');
    expect(e.message).toBe('option "x" must be positive');
    expect(e.cause).toBe(cause);
    expect(String(e)).toBe('SampleError: option "x" must be positive');
  });

  it('is recognised by name and mark, not by instanceof, so two installed copies agree', () => {
    const e = new SampleError('bad_input', 'no');
    expect(isOpenCityError(e)).toBe(true);
    expect(isSampleError(e)).toBe(true);
    // What a second installed copy of the package would create: same name and mark, another class.
    class SampleErrorCopy extends OpenCityError<'bad_input'> {
      override readonly name = 'SampleError';
    }
    expect(isSampleError(new SampleErrorCopy('bad_input', 'no'))).toBe(true);
    expect(isSampleError(new OpenCityError('bad_input', 'no'))).toBe(false);
    expect(isOpenCityError(Object.assign(new Error('x'), { code: 'bad_input' }))).toBe(false);
    expect(isOpenCityError('SampleError')).toBe(false);
  });
});
