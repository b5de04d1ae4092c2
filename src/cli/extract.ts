// `tally extract`: placeholder until the harness lands.
export async function run(_args: string[]): Promise<number> {
  process.stderr.write("tally extract: not implemented yet\n");
  return 1;
}
