import { createServer } from './app';
import { consoleLogger } from './logger';

/** The only file that reads process.env: configuration in, a listening server out. */
const env = process.env;
const logger = consoleLogger();

const server = await createServer({
  port: env.PORT !== undefined ? Number(env.PORT) : 8080,
  host: env.HOST || '127.0.0.1',
  dataDir: env.DATA_DIR || './data',
  clientDir: env.CLIENT_DIR || undefined,
  maxMessageBytes: env.MAX_MESSAGE_BYTES ? Number(env.MAX_MESSAGE_BYTES) : undefined,
  maxUploadBytes: env.MAX_UPLOAD_BYTES ? Number(env.MAX_UPLOAD_BYTES) : undefined,
  logger,
});
// Tests and scripts read this line to learn the port when PORT=0.
logger.info(`Alignboard listening on ${server.url}`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info(`${signal}: saving boards and stopping`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  });
}
