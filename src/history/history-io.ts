/** The one interface a gate reads and appends its run log through, wherever the log lives. */

/** Access to one suite's run log (a data branch in the action, a local file in the CLI). */
export interface HistoryIo<E> {
  /** Where it lives, for messages. */
  label: string;
  /** Stored runs, oldest first. */
  read(): Promise<E[]>;
  /** Appends this run (a run already stored is not added again). */
  append(entry: E): Promise<void>;
}
