import type { MessageImage } from '../schema/conversation';

// What the chat engine needs from a source of tools (the house's, over Home Assistant: ha/tools.ts).

/** A call the model asked for, as the chat engine holds it. */
export interface ToolRequest {
  id: string;
  name: string;
  arguments: string;
}

/** A picture for the model: the copy sent (held by the page) and what is stored. */
export interface Picture {
  full: string;
  image: MessageImage;
}

export interface ToolOutcome {
  /** What goes back to the model (JSON text). */
  content: string;
  ok: boolean;
  /** The connection was lost while it ran: whether it happened is not known. */
  unknown?: boolean;
  /** Entities the call read or acted on: the conversation shows their live state. */
  entityIds: string[];
  /** Pictures for the model (a camera's): they go in a message of their own after the results,
   * as most providers take no picture inside a tool's result. */
  pictures?: Picture[];
}

export interface ToolReview {
  entityIds: string[];
  /** Set when the call must wait for the user's Approve: what it will do, in words. */
  confirm?: string | undefined;
  /** The question to ask, where it is not "Wants to run <confirm>". */
  ask?: string | undefined;
  /** Set when the call may not run at all: why, for the model. */
  refuse?: string | undefined;
}

/** What the chat engine needs from a tool source. */
export interface ToolBox {
  readonly definitions: readonly unknown[];
  /** Whether the call may run, after Approve, or not at all. A review that throws refuses it. */
  review(call: ToolRequest): Promise<ToolReview>;
  /** Runs the call; `approved` says whether the user approved it. The source checks again and
   * refuses a call that needs Approve and did not get it. */
  run(call: ToolRequest, approved: boolean): Promise<ToolOutcome>;
  /** A short overview of the home in scope for the system prompt. */
  overview(): Promise<string>;
}
