/**
 * Langium's workspace lock, knowing whether a write (a build) is queued and not yet started: a
 * document already checked at the editor's text is current unless such a build may still change
 * it, so the annex preview need not wait for the rest of the running build.
 */
import type { Cancellation, MaybePromise } from 'langium';
import { DefaultWorkspaceLock } from 'langium';

export class QueuedWritesLock extends DefaultWorkspaceLock {
    private queued = 0;

    get writesQueued(): boolean {
        return this.queued > 0;
    }

    override write(action: (token: Cancellation.CancellationToken) => MaybePromise<void>): Promise<void> {
        this.queued++;
        // Langium runs every queued action, a cancelled one too (it sees the cancelled token).
        return super.write(token => {
            this.queued--;
            return action(token);
        });
    }
}
