// One run of the pipeline as a process that can fail: chosen Store and Notifier calls throw, before
// or after they took effect, and a crash ends the run for good (every later call of the run throws,
// as nothing runs in a dead process).
import type { Notifier, Store } from '../../functions/core/ports.js';

export type FaultTarget = 'store' | 'notifier';

export interface FaultCall {
  target: FaultTarget;
  /** The Store method or "publish". */
  method: string;
  /** 1 for the run's first call of this method, 2 for the next… */
  attempt: number;
  /** 1 for the run's first call of any method. */
  index: number;
}

export interface Fault {
  /** `before`: the call does nothing; `after`: it took effect, yet the caller sees an error. */
  when: 'before' | 'after';
  /** `error`: the call throws and the run goes on; `crash`: the run dies there. */
  effect: 'error' | 'crash';
}

export type FaultSchedule = (call: FaultCall) => Fault | undefined;

/** Thrown by a call of a run that has crashed: nothing after it may take effect. */
export class SimulatedCrash extends Error {
  constructor(call: FaultCall) {
    super(`simulated crash at ${call.target}.${call.method} #${call.attempt}`);
    this.name = 'SimulatedCrash';
  }
}

export class InjectedFault extends Error {
  constructor(call: FaultCall, when: Fault['when']) {
    super(`injected fault ${when} ${call.target}.${call.method} #${call.attempt}`);
    this.name = 'InjectedFault';
  }
}

export interface RecordedCall extends FaultCall {
  fault?: Fault;
  /** Whether the wrapped call took effect (it ran, whatever the caller saw). */
  tookEffect: boolean;
  /** The call's arguments, for tests that trace what happened to one incident. */
  args: unknown[];
}

export class FaultyRun {
  crashed = false;
  readonly calls: RecordedCall[] = [];
  private readonly attempts = new Map<string, number>();

  constructor(private readonly schedule: FaultSchedule) {}

  store(inner: Store): Store {
    return this.wrap(inner, 'store');
  }

  notifier(inner: Notifier): Notifier {
    return this.wrap(inner, 'notifier');
  }

  private wrap<T extends object>(inner: T, target: FaultTarget): T {
    return new Proxy(inner, {
      get: (object, property, receiver) => {
        const member: unknown = Reflect.get(object, property, receiver);
        if (typeof member !== 'function' || typeof property !== 'string') return member;
        return (...args: unknown[]) =>
          this.invoke(target, property, () => member.apply(object, args), args);
      },
    });
  }

  private async invoke(
    target: FaultTarget,
    method: string,
    call: () => Promise<unknown>,
    args: unknown[],
  ): Promise<unknown> {
    const key = `${target}.${method}`;
    const attempt = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, attempt);
    const described: FaultCall = { target, method, attempt, index: this.calls.length + 1 };
    if (this.crashed) throw new SimulatedCrash(described);
    const fault = this.schedule(described);
    const recorded: RecordedCall = { ...described, tookEffect: false, args };
    if (fault !== undefined) recorded.fault = fault;
    this.calls.push(recorded);
    if (fault?.when === 'before') throw this.fail(described, fault);
    const result = await call();
    recorded.tookEffect = true;
    if (fault?.when === 'after') throw this.fail(described, fault);
    // A crash elsewhere while this call was in flight: its result reaches no one.
    if (this.crashed) throw new SimulatedCrash(described);
    return result;
  }

  private fail(call: FaultCall, fault: Fault): Error {
    if (fault.effect === 'crash') {
      this.crashed = true;
      return new SimulatedCrash(call);
    }
    return new InjectedFault(call, fault.when);
  }
}
