import pkg from '../package.json' with { type: 'json' };

/** The version of @opencity/cli. */
export const version: string = pkg.version;
