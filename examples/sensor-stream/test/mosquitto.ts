/** A real mosquitto (Debian's /usr/sbin/mosquitto, installed by .ci/run) for the tests, which can be stopped and restarted. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, Socket, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const MOSQUITTO = '/usr/sbin/mosquitto';

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const { port } = server.address() as AddressInfo;
  await new Promise((ok) => server.close(ok));
  return port;
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = new Socket();
      s.once('connect', () => (s.destroy(), resolve(true)));
      s.once('error', () => (s.destroy(), resolve(false)));
      s.connect(port, '127.0.0.1');
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on port ${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A mosquitto broker with a persistent store in a temporary folder. */
export interface Mosquitto {
  readonly url: string;
  /** Stops the broker (SIGTERM: mosquitto writes its store, sessions and queued messages included, as it exits). */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same store. */
  start(): Promise<void>;
  /** Stops it and removes the store. */
  dispose(): Promise<void>;
}

/**
 * Starts mosquitto on a free port. `persistence true` with a `persistence_location` is what makes persistent sessions
 * and their queued QoS 1 messages survive a restart; the queue limit (default 1,000 per client) is raised so that a
 * burst faster than the ingester is queued, not dropped.
 */
export async function startMosquitto(): Promise<Mosquitto> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'opencity-mosquitto-'));
  const config = join(dir, 'mosquitto.conf');
  await writeFile(
    config,
    [
      `listener ${port} 127.0.0.1`,
      'allow_anonymous true',
      'persistence true',
      `persistence_location ${dir}/`,
      'max_queued_messages 100000',
      // As root, mosquitto would switch to the "mosquitto" user, who cannot write the test's store.
      `user ${userInfo().username}`,
      process.env.MOSQUITTO_LOG ? `log_dest file ${process.env.MOSQUITTO_LOG}\nlog_type all` : 'log_dest none',
      '',
    ].join('\n'),
  );
  let broker: ChildProcess | undefined;
  const start = async (): Promise<void> => {
    const child = spawn(MOSQUITTO, ['-c', config], { stdio: 'ignore' });
    broker = child;
    await Promise.race([
      waitForPort(port),
      new Promise((_, fail) => child.once('exit', (code) => fail(new Error(`mosquitto exited with ${code}`)))),
    ]);
  };
  const stop = async (): Promise<void> => {
    const child = broker;
    broker = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((ok) => child.once('exit', ok));
    child.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    url: `mqtt://127.0.0.1:${port}`,
    start,
    stop,
    dispose: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
