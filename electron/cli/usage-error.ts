/** A mistake in the command line itself: the CLI prints the usage and exits with 2. */
export class UsageError extends Error {}
