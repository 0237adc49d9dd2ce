/**
 * A minimal LSP client over stdio (Content-Length framing, requests, notifications), the same
 * shape as test/lsp-client.ts, for driving both language servers of the latency benchmark
 * identically. `onMessage` timestamps each message as soon as its frame is complete.
 */
import { spawn } from 'node:child_process';

export class LspClient {
    constructor(command, args, options = {}) {
        this.process = spawn(command, args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
        this.buffer = Buffer.alloc(0);
        this.nextId = 1;
        this.waiters = [];
        this.listeners = [];
        this.stderr = '';
        this.process.stdout.on('data', chunk => this.onData(chunk));
        this.process.stderr.on('data', chunk => { this.stderr += chunk; });
        this.exited = new Promise(resolve => this.process.on('exit', code => {
            // A server that dies fails every pending wait at once, with its stderr.
            for (const w of this.waiters) w.fail(new Error(`${command} ${args.join(' ')} exited (${code})${this.stderr ? `: ${this.stderr.slice(-2000)}` : ''}`));
            this.waiters = [];
            resolve(code);
        }));
    }

    onData(chunk) {
        this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
            if (this.buffer.length < headerEnd + 4 + length) return;
            const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
            const at = performance.now();
            this.buffer = this.buffer.subarray(headerEnd + 4 + length);
            if (message.method === 'workspace/configuration' && message.id !== undefined) {
                // Answer configuration requests with nulls (defaults), as a client without settings would.
                this.send({ id: message.id, result: (message.params?.items ?? []).map(() => null) });
            } else if (message.id !== undefined && message.method !== undefined) {
                this.send({ id: message.id, result: null });
            }
            for (const listener of this.listeners) listener(message, at);
            this.waiters = this.waiters.filter(w => (w.test(message) ? (w.resolve({ message, at }), false) : true));
        }
    }

    send(message) {
        const body = JSON.stringify({ jsonrpc: '2.0', ...message });
        this.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }

    notify(method, params) {
        this.send({ method, params });
    }

    /** Calls `listener(message, at)` for every message from now on; returns the function that stops it. */
    listen(listener) {
        this.listeners.push(listener);
        return () => { this.listeners = this.listeners.filter(l => l !== listener); };
    }

    /** Resolves with { message, at } for the next message that passes the test. */
    waitFor(test, timeoutMs = 60_000) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no matching LSP message within ${timeoutMs} ms${this.stderr ? `; stderr: ${this.stderr.slice(-2000)}` : ''}`)), timeoutMs);
            this.waiters.push({ test, resolve: m => { clearTimeout(timer); resolve(m); }, fail: e => { clearTimeout(timer); reject(e); } });
        });
    }

    async request(method, params, timeoutMs) {
        const id = this.nextId++;
        const reply = this.waitFor(m => m.id === id && m.method === undefined, timeoutMs);
        this.send({ id, method, params });
        const { message } = await reply;
        if (message.error) throw new Error(`${method}: ${JSON.stringify(message.error)}`);
        return message.result;
    }

    async shutdown() {
        try {
            await this.request('shutdown', null, 10_000);
            this.notify('exit', null);
        } catch {
            this.process.kill();
        }
        const timer = setTimeout(() => this.process.kill(), 5_000);
        await this.exited;
        clearTimeout(timer);
    }
}

export const isPublishFor = uri => m => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri;
