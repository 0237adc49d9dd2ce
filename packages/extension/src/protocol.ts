/**
 * The server's workspace/executeCommand protocol, from the language package so that client and
 * server cannot drift apart (packages/language/src/lsp/command-protocol.ts).
 */
export { ChisoCommands as ServerCommands } from '@chiso/language/command-protocol';
export type { AnnexResult, CheckResult, CommandRange as WireRange, CompileResult, SetTotals, TotalsResult } from '@chiso/language/command-protocol';
