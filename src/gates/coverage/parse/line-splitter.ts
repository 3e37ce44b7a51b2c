/**
 * Cuts a text that arrives in pieces into lines, without ever holding more than one line: the
 * line-based report formats (LCOV, Go coverprofile) are read this way so that a 1 GB report stays
 * a stream. Hand-written because Node's `readline` needs a stream and I/O, and parsers are pure.
 */
export interface LineSplitter {
  /** Feeds the next piece; complete lines go to the callback at once. */
  write(chunk: string): void;
  /** Flushes the last line when the text does not end with a newline. */
  end(): void;
}

/**
 * A splitter that calls `onLine(text, lineNumber, terminated)` for every line (1-based numbers,
 * without the `\n` or `\r\n`, a leading byte-order mark removed). `terminated` is false only
 * for a last line without a newline, which in a cut-off report may be a line cut in half.
 */
export function createLineSplitter(
  onLine: (text: string, lineNumber: number, terminated: boolean) => void,
): LineSplitter {
  let pending = '';
  let lineNumber = 0;
  let started = false;

  const emit = (text: string, terminated: boolean): void => {
    lineNumber += 1;
    onLine(text.endsWith('\r') ? text.slice(0, -1) : text, lineNumber, terminated);
  };

  return {
    write(chunk: string): void {
      let text = chunk;
      if (!started && text.length > 0) {
        started = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      let start = 0;
      let newline = text.indexOf('\n');
      while (newline !== -1) {
        if (pending.length > 0) {
          emit(pending + text.slice(start, newline), true);
          pending = '';
        } else {
          emit(text.slice(start, newline), true);
        }
        start = newline + 1;
        newline = text.indexOf('\n', start);
      }
      if (start < text.length) pending += text.slice(start);
    },
    end(): void {
      if (pending.length > 0) emit(pending, false);
      pending = '';
    },
  };
}
