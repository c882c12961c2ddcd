/** A build setting the operator got wrong: shown as its message alone, without a stack trace. */
export class OperatorError extends Error {
  override name = 'OperatorError';
}
