#!/usr/bin/env node
// Runs the TypeScript sources directly so the command works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

// Node 20 is supported by the SDK versions the lockfile pins; its notice about later releases
// would otherwise open every run. The README says which Node versions to prefer.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { main } = await import('../functions/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
