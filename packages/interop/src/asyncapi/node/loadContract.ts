/** Node-only: read an AsyncAPI document from a file into a contract. */
import { readFile } from 'node:fs/promises';
import { AsyncApiContract } from '../contract';

/**
 * Reads an AsyncAPI 3 document (JSON) from a file into an {@link AsyncApiContract}.
 * @example
 * const contract = await loadContract('schemas/asyncapi/opencity.asyncapi.json');
 */
export async function loadContract(path: string): Promise<AsyncApiContract> {
  return AsyncApiContract.fromDocument(JSON.parse(await readFile(path, 'utf8')) as unknown);
}
