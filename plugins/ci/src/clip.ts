/** What a CI finding quotes of a command, an expression or a condition: 120 characters unless said. */
import { shorten } from '@inert/core';

export function clip(text: string, max = 120): string {
  return shorten(text, max);
}
