#!/usr/bin/env node
// The `opencity` executable. It lives outside dist/ so that npm links it at install time, before the first build.
import('../dist/bin.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/bin.js')) {
    process.stderr.write(
      'opencity: @opencity/cli is not built yet; run `npm test` or `npx nx build @opencity/cli` first\n',
    );
    process.exit(2);
  }
  throw error;
});
