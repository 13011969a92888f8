import type { EventName, EventPayload, Input, MethodName, Output, Result } from '../../shared/contract/index';
import { ApiError } from './errors';
import type { ConnectionState, Transport } from './transport';

/** The renderer's one client of the contract: components and slices call only this. */
export interface ApiClient {
  /** Runs a contract method; rejects with an `ApiError { code, message }` on failure. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Subscribes to a contract event; returns its unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  connection(): ConnectionState;
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
      let result: Result<unknown>;
      try {
        result = await transport.request(method, input);
      } catch (err) {
        if (err instanceof ApiError) throw err;
        throw new ApiError('internal', `${method} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (!result.ok) throw new ApiError(result.error.code, result.error.message);
      return result.value as Output<M>;
    },
    on: (event, listener) => transport.subscribe(event, listener),
    connection: () => transport.connection(),
    onConnection: (listener) => transport.onConnection(listener),
  };
}
