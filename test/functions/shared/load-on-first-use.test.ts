import { loadOnFirstUse } from "../../../functions/shared/load-on-first-use";

it("runs the loader on the first call only, and not before", () => {
  let loads = 0;
  const get = loadOnFirstUse(() => ({ loaded: ++loads }));
  expect(loads).toBe(0);
  const first = get();
  expect(get()).toBe(first);
  expect(loads).toBe(1);
});

it("keeps a loaded undefined without loading again", () => {
  let loads = 0;
  const get = loadOnFirstUse(() => {
    loads += 1;
    return undefined;
  });
  get();
  get();
  expect(loads).toBe(1);
});
