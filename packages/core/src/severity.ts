/** Severity and confidence: two separate axes, as in zizmor and Semgrep. */

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
/** How bad a finding is when it is true. */
export type Severity = (typeof SEVERITIES)[number];

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
/** How sure inert is of a finding without running anything. */
export type Confidence = (typeof CONFIDENCES)[number];

/** Orders severities: info = 0 … critical = 4. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** True when `severity` is at or above `threshold`. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold);
}

/** True when `value` is a severity name. */
export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}
