/**
 * The panel's failures as the user reads them: a message that says what is wrong and, where it
 * can, what to do.
 */
import { describeIssue, isKpiError } from "../../core/errors";

/**
 * Thrown when the user's table or the order of steps does not fit (no table in the selection, a
 * sheet not chosen, the report asked for before the analysis): the message says what is wrong and
 * `fix`, when given, what to do about it.
 */
export class LayoutError extends Error {
  constructor(
    message: string,
    readonly fix?: string,
  ) {
    super(message);
  }
}

/**
 * The message of a failure, for the user: core's errors in their catalogue wording, others by
 * their own message.
 *
 * @example
 * messageOf(new LayoutError("Choose a sheet first.")); // => "Choose a sheet first."
 */
export function messageOf(error: unknown): string {
  if (isKpiError(error)) return describeIssue(error.issue);
  if (error instanceof Error) return error.message;
  return String(error);
}
