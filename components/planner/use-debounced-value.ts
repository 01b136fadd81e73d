"use client";

import { useEffect, useState } from "react";

/** The value once it has stopped changing for `ms`, so heavier charts follow the sliders without stalling them. */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}
