/** The embedded MQTT broker (aedes) the example uses when no broker URL is given. */
import { createServer, type AddressInfo } from 'node:net';
import { Aedes } from 'aedes';

/** A running embedded broker. */
export interface EmbeddedBroker {
  /** `mqtt://127.0.0.1:<port>` */
  readonly url: string;
  /** Stops the broker and its TCP server. */
  close(): Promise<void>;
}

/** Starts aedes on 127.0.0.1 (port 0 = any free port). */
export async function startEmbeddedBroker(port = 0): Promise<EmbeddedBroker> {
  const aedes = await Aedes.createBroker();
  const server = createServer(aedes.handle);
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', () => ok()));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `mqtt://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((ok) => {
        aedes.close(() => server.close(() => ok()));
      }),
  };
}
