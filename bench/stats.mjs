// The arithmetic the figures share: median, percentile, rounding and the usual spread.

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
export const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
export const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
export const rounded = (xs) => xs.map((x) => round(x));

/** Median, 95th percentile and maximum of `xs`, rounded to `digits`. */
export const spread = (xs, digits) => ({ median: round(median(xs), digits), p95: round(percentile(xs, 95), digits), max: round(Math.max(...xs), digits) });
