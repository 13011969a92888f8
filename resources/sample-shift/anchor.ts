/**
 * The instant the sample shift was written at: Tuesday 2026-03-03, 10:00 in Chicago (CST), mid-shift.
 * Every instant in `sample-shift.json` is relative to it; `buildSampleShift(now)` moves them all by
 * `now - SAMPLE_ANCHOR` so the shift looks live whenever it is loaded.
 */
export const SAMPLE_ANCHOR_ISO = '2026-03-03T16:00:00Z';
export const SAMPLE_ANCHOR = Date.parse(SAMPLE_ANCHOR_ISO);
