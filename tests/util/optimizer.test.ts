import { describe, expect, it } from 'vitest';
import { INTERRUPT_BUDGET, interruptBudgetFlag } from '../../src/util/optimizer.js';

describe('interruptBudgetFlag', () => {
  it("sets the run's budget when the user sets none", () => {
    expect(interruptBudgetFlag([], undefined)).toBe(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    expect(interruptBudgetFlag(['--expose-gc'], '--max-old-space-size=4096')).toBe(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  });

  it.each([
    [['--interrupt-budget=1000'], undefined],
    [['--interrupt_budget=1000'], undefined],
    [[], '--max-old-space-size=4096 --interrupt-budget=1000'],
  ])("leaves V8's flag to the user who sets it: %j, NODE_OPTIONS %j", (argv, nodeOptions) => {
    expect(interruptBudgetFlag(argv, nodeOptions)).toBeUndefined();
  });

  it('does not take a longer flag of another name for it', () => {
    expect(interruptBudgetFlag(['--interrupt-budget-factor-for-feedback-allocation=8'], undefined)).toBe(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  });
});
