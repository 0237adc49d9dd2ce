/** A minimal LSP client over stdio for protocol tests: Content-Length framing, requests, notifications. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface Message { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown }

export class LspClient {
    private readonly process: ChildProcessWithoutNullStreams;
    private buffer = Buffer.alloc(0);
    private nextId = 1;
    readonly received: Message[] = [];
    private waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];

    constructor(command: string, args: string[], cwd?: string) {
        this.process = spawn(command, args, { cwd, stdio: 'pipe' });
        this.process.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    }

    private onData(chunk: Buffer): void {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
            if (this.buffer.length < headerEnd + 4 + length) return;
            const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
            this.buffer = this.buffer.subarray(headerEnd + 4 + length);
            this.received.push(message);
            this.waiters = this.waiters.filter(w => (w.test(message) ? (w.resolve(message), false) : true));
        }
    }

    private send(message: object): void {
        const body = JSON.stringify({ jsonrpc: '2.0', ...message });
        this.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }

    notify(method: string, params: unknown): void {
        this.send({ method, params });
    }

    request(method: string, params: unknown): Promise<Message> {
        const id = this.nextId++;
        const reply = this.waitFor(m => m.id === id && m.method === undefined);
        this.send({ id, method, params });
        return reply;
    }

    /** How many messages have arrived: pass it to waitFor to wait for newer ones only. */
    mark(): number {
        return this.received.length;
    }

    /** Resolves with the first message from index `from` on (already received or coming) that passes the test. */
    waitFor(test: (m: Message) => boolean, timeoutMs = 15_000, from = 0): Promise<Message> {
        const seen = this.received.slice(from).find(test);
        if (seen) return Promise.resolve(seen);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no matching LSP message within ${timeoutMs} ms`)), timeoutMs);
            this.waiters.push({ test, resolve: m => { clearTimeout(timer); resolve(m); } });
        });
    }

    async shutdown(): Promise<number | null> {
        await this.request('shutdown', null);
        this.notify('exit', null);
        return new Promise(resolve => this.process.on('exit', code => resolve(code)));
    }
}
