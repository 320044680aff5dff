/**
 * The one error shape of OpenCity: every package throws a subclass with a `name`, a stable `code` from a union and an
 * optional `cause`, for programming and configuration mistakes only (data problems are findings or outcomes, never
 * exceptions). Recognise errors by name and code, not `instanceof`: two installed copies of a package break it.
 */

const MARK = /* @__PURE__ */ Symbol.for('@opencity/error');

/**
 * Base class of the errors OpenCity packages throw; `C` is the package's union of codes.
 * @example
 * class KpiError extends OpenCityError<'unknown_variable' | 'invalid_option'> { override readonly name = 'KpiError'; }
 */
export class OpenCityError<C extends string = string> extends Error {
  /** The error class, e.g. `KpiError`; subclasses override it. */
  override readonly name: string = 'OpenCityError';
  /** Stable machine-readable code. */
  readonly code: C;
  /** Creates an error with a stable `code`, a specific one-line message and an optional cause. */
  constructor(code: C, message: string, options?: { readonly cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    Object.defineProperty(this, MARK, { value: true });
  }
}

/** True for any error thrown by an OpenCity package (whichever installed copy created it). */
export function isOpenCityError(error: unknown): error is OpenCityError {
  return (
    error instanceof Error &&
    (error as unknown as Record<symbol, unknown>)[MARK] === true &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/**
 * A type guard for one error class, recognised by its `name` (so two installed copies agree).
 * @example
 * export const isKpiError = errorGuard<KpiError>('KpiError');
 */
export function errorGuard<E extends OpenCityError>(name: string): (error: unknown) => error is E {
  return (error: unknown): error is E => isOpenCityError(error) && error.name === name;
}
