// A value a caller can correct, refused where it is used (the store edge, a flag): the server answers
// 400 with its message, the CLI prints it as one line. The message names the field and what was expected.

export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = "InputError";
  }
}
