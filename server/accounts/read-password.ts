/**
 * Reads a password from standard input: the first line of a pipe or file, or, on a terminal, what is
 * typed up to Enter without echoing it (as sudo does), so it is neither on screen nor in the scrollback.
 */
export async function readPassword(input: NodeJS.ReadStream, prompt: NodeJS.WriteStream): Promise<string> {
  if (!input.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  // Raw before the prompt: whatever is typed once the prompt shows must not be echoed by the terminal.
  input.setRawMode(true);
  prompt.write('Password (at least 12 characters, not shown), then Enter: ');
  let typed: string[] = [];
  try {
    for await (const chunk of input) {
      for (const char of (chunk as Buffer).toString('utf8')) {
        if (char === '\r' || char === '\n') return typed.join('');
        // Raw mode turns Ctrl-C and Ctrl-D into plain characters: both give up.
        if (char === '\u0003' || char === '\u0004') throw new PasswordEntryCancelled();
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed.push(char);
      }
    }
    return typed.join('');
  } finally {
    input.setRawMode(false);
    prompt.write('\n');
  }
}

export class PasswordEntryCancelled extends Error {
  override name = 'PasswordEntryCancelled';
  constructor() {
    super('Cancelled: no admin was changed.');
  }
}
