import path from 'node:path';

/**
 * Where a file shipped with the function is: beside the bundled code in Lambda (LAMBDA_TASK_ROOT),
 * else in the working folder. An absolute name is used as it is.
 */
export function bundledFile(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.LAMBDA_TASK_ROOT ?? process.cwd(), name);
}
