/** Resolves once `check()` is true, polling every 20 ms; throws "timed out" after `ms`. */
export const waitFor = async (check: () => boolean, ms = 3000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** Resolves after `ms`: for checking that something does *not* arrive. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
