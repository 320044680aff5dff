/** One error as ajv reports it (the subset of `ErrorObject` the standalone validators emit). */
export interface AjvError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** A precompiled ajv standalone validator: returns whether `data` is valid and leaves the errors on `.errors`. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly AjvError[] | null;
}
