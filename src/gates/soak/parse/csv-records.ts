/**
 * A streaming CSV reader (RFC 4180 as Python's `csv` module writes it: fields quoted when they
 * hold a comma, a quote or a newline, quotes doubled inside). No CSV library is among the
 * project's dependencies and none may be added this round; the grammar is small enough to state
 * here, and the reader must be push-based (chunks split anywhere) and keep line numbers for error
 * messages, which the common libraries do only partly.
 */

/** One record of a CSV file. */
export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
  /**
   * False for a last record that did not end with a newline (or ended inside quotes): writers
   * such as Python's end every row with one, so such a record is a cut-off write.
   */
  terminated: boolean;
}

/**
 * Splits text fed in chunks into records, calling `onRecord` for each. Blank lines are skipped
 * (as Python's reader does); a `\r` outside quotes is ignored, so `\r\n` and `\n` both end a
 * record. A quote inside an unquoted field is kept as a character.
 */
export class CsvRecordReader {
  private fields: string[] = [];
  private field = '';
  private inQuotes = false;
  /** A quote was seen inside quotes: either the first of an escaped pair or the closing one. */
  private quotePending = false;
  private fieldStarted = false;
  private line = 1;
  private recordLine = 1;
  private started = false;

  constructor(private readonly onRecord: (record: CsvRecord) => void) {}

  /** Feeds the next piece of text. */
  write(chunk: string): void {
    for (const c of chunk) {
      // A byte-order mark (Excel writes one) is not part of the first header cell.
      if (!this.started) {
        this.started = true;
        if (c === '\uFEFF') continue;
      }
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (c === '"') {
            this.field += '"';
            continue;
          }
          this.inQuotes = false;
        } else {
          if (c === '"') this.quotePending = true;
          else {
            this.field += c;
            if (c === '\n') this.line++;
          }
          continue;
        }
      }
      if (c === '"' && !this.fieldStarted) {
        this.inQuotes = true;
        this.fieldStarted = true;
      } else if (c === ',') {
        this.fields.push(this.field);
        this.field = '';
        this.fieldStarted = false;
      } else if (c === '\n') {
        this.emit(true);
        this.line++;
        this.recordLine = this.line;
      } else if (c !== '\r') {
        this.field += c;
        this.fieldStarted = true;
      }
    }
  }

  /** Flushes a last record that has no newline after it. */
  end(): void {
    const openQuote = this.inQuotes && !this.quotePending;
    this.inQuotes = false;
    this.quotePending = false;
    this.emit(false, openQuote);
  }

  private emit(terminated: boolean, openQuote = false): void {
    const empty = this.fields.length === 0 && !this.fieldStarted;
    if (!empty) {
      this.fields.push(this.field);
      this.onRecord({
        fields: this.fields,
        line: this.recordLine,
        terminated: terminated && !openQuote,
      });
    }
    this.fields = [];
    this.field = '';
    this.fieldStarted = false;
  }
}
