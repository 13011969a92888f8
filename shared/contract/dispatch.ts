import { shown } from '../interchange/fields';
import { formatPath } from '../interchange/validate';
import { isMethodName, methods, type Handlers, type MethodName, type Output } from './index';
import { inputShapeIssue } from './inputShape';
import { AppError, fail, ok, type Result } from './result';

/**
 * The one entry point every transport calls: checks the method name, the payload's shape
 * (`inputShape.ts`: nesting depth, no `__proto__` keys) and then its contract schema, runs the
 * handler and turns every outcome into a `Result`: it never rejects, whatever the payload.
 */
export type Dispatch = (method: string, payload: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  onUnexpected?(method: string, err: unknown): void;
  /**
   * A handler failed with `busy` (the workspace was held by a long job): resolves true when the
   * call should run again (the job is done), false when it should fail as it did.
   */
  whenBusy?(): Promise<boolean>;
}

export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  const { onUnexpected, whenBusy } = options;
  return async (name, payload) => {
    if (!isMethodName(name)) return fail('unknown_channel', `unknown method ${shown(name)}`);
    try {
      const shape = inputShapeIssue(payload);
      if (shape) return fail('invalid_input', `${name}: ${formatPath(shape.path, '(payload)')}: ${shape.message}`);
      const parsed = methods[name].input.safeParse(payload ?? {});
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = formatPath(first?.path ?? [], '(payload)');
        return fail('invalid_input', `${name}: ${where}: ${first?.message ?? 'invalid payload'}`);
      }
      const handler = handlers[name] as (input: unknown) => Output<MethodName> | Promise<Output<MethodName>>;
      for (;;) {
        try {
          return ok(await handler(parsed.data));
        } catch (err) {
          if (!(err instanceof AppError && err.code === 'busy' && whenBusy && (await whenBusy()))) throw err;
        }
      }
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, err.message);
      onUnexpected?.(name, err);
      return fail('internal', `${name} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
}
