import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RemovalPolicy } from 'aws-cdk-lib';
import type { Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const HANDLERS_DIR = path.join(PROJECT_ROOT, 'functions', 'handlers');

/**
 * ESM output still meets CommonJS dependencies that call `require` (rss-parser, iconv-lite); the
 * banner gives them one.
 */
export const CREATE_REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/**
 * Packages left out of every bundle. The AWS SDK v3 comes with the Lambda Node.js runtime: using it
 * keeps the code a third smaller and quicker to deploy, at the price of running whichever SDK
 * release the runtime carries rather than the pinned one the tests ran against (the SDK keeps its
 * v3 API stable). iconv-lite requires its double-byte code tables (GBK, Big5, Shift_JIS, EUC-KR…)
 * only when a feed arrives in such an encoding: left out of the code, they ship beside it as
 * tables/*.json (ICONV_TABLES), where that require finds them.
 */
export const EXTERNAL_MODULES = ['@aws-sdk/*', './tables/*.json'];

/**
 * The esbuild settings the functions are bundled with, for code that bundles a handler outside CDK
 * (the bundle benchmark, the bundled-decoding test) to build what Lambda really loads.
 */
export const LAMBDA_ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  mainFields: ['module', 'main'],
  banner: { js: CREATE_REQUIRE_BANNER },
  external: EXTERNAL_MODULES,
  minify: true,
} as const;

const ICONV_TABLES_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('iconv-lite/encodings/dbcs-data.js')),
  'tables',
);

/** iconv-lite's double-byte tables, for a function whose code decodes feeds. */
export const ICONV_TABLES: readonly BundledFile[] = readdirSync(ICONV_TABLES_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ source: path.join(ICONV_TABLES_DIR, name), target: `tables/${name}` }));

/** A file placed in the function's bundle beside the handler, e.g. data it reads at cold start. */
export interface BundledFile {
  /** Absolute path of the file at synth time. */
  source: string;
  /** Path inside the bundle, with "/" separators, e.g. "rules/ruleset.yaml". */
  target: string;
}

export interface PipelineFunctionProps {
  /** Handler file in functions/handlers, e.g. "poll-feeds.ts". */
  handlerFile: string;
  description: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  bundledFiles?: readonly BundledFile[];
  /** Identifiers the bundler replaces with constants (esbuild's define), e.g. a bundled file's path. */
  define?: Record<string, string>;
}

/**
 * One Lambda function of the pipeline, all built the same way: Node 24 on arm64, bundled by the
 * local esbuild (never Docker), with its own log group and a role that starts with no permissions
 * but writing to that log group, so each grant the stack adds is visible and deliberate.
 */
export class PipelineFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      // Operational logs only: tearing the stack down should not leave them behind.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${id} function`,
    });
    this.logGroup.grantWrite(this.role);

    const bundledFiles = props.bundledFiles ?? [];
    this.function = new NodejsFunction(this, 'Function', {
      entry: path.join(HANDLERS_DIR, props.handlerFile),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      // Stack traces in the logs point into the TypeScript sources, through the bundle's source map.
      environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
      role: this.role,
      logGroup: this.logGroup,
      // The handlers trace with Powertools Tracer, which needs active X-Ray tracing.
      tracing: Tracing.ACTIVE,
      bundling: {
        format: OutputFormat.ESM,
        target: LAMBDA_ESBUILD_OPTIONS.target,
        mainFields: [...LAMBDA_ESBUILD_OPTIONS.mainFields],
        banner: CREATE_REQUIRE_BANNER,
        minify: LAMBDA_ESBUILD_OPTIONS.minify,
        sourceMap: true,
        sourcesContent: false,
        // The runtime's SDK, see EXTERNAL_MODULES.
        bundleAwsSDK: false,
        externalModules: EXTERNAL_MODULES,
        ...(props.define && { define: props.define }),
        forceDockerBundling: false,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir, outputDir) =>
            bundledFiles.flatMap((file) => copyFileCommands(file, outputDir)),
        },
      },
    });
  }
}

/** Shell commands that copy one file into the bundle; bundling runs them with cmd on Windows. */
function copyFileCommands(file: BundledFile, outputDir: string): string[] {
  const target = path.join(outputDir, ...file.target.split('/'));
  const targetDir = path.dirname(target);
  if (process.platform === 'win32') {
    return [
      `if not exist "${targetDir}" mkdir "${targetDir}"`,
      `copy /Y "${file.source}" "${target}"`,
    ];
  }
  return [`mkdir -p "${targetDir}"`, `cp "${file.source}" "${target}"`];
}
