/**
 * The picture for the README, taken the way a person sees the editor: a criteria set whose sum is
 * broken, the red squiggle under it, the hover over the squiggle, the Problems view and the status
 * bar's `Σ …/100 ✗`. Each of them is awaited in the page, so the screenshot doubles as a check
 * that they reach the screen (not only the API), in Vietnamese as the authors read them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const UI_TIMEOUT_MS = 60_000;

/** The workspace setting that makes the server speak Vietnamese in this copy. */
export function vietnameseWorkspace(folder) {
    mkdirSync(path.join(folder, '.vscode'), { recursive: true });
    writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'chiso.language': 'vi', 'files.exclude': { '.vscode': true } }, null, 2));
}

export async function takeScreenshot(browser, url, { file, out, statusText }) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: UI_TIMEOUT_MS });
        await page.locator('.monaco-workbench').waitFor({ timeout: UI_TIMEOUT_MS });
        await page.locator('.explorer-folders-view').waitFor({ timeout: UI_TIMEOUT_MS });

        // Quick Open, as a person opens a file.
        await page.keyboard.press('Control+P');
        await page.locator('.quick-input-widget input').waitFor({ timeout: UI_TIMEOUT_MS });
        await page.keyboard.type(file);
        await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: UI_TIMEOUT_MS });
        await page.keyboard.press('Enter');
        const squiggles = page.locator('.monaco-editor .squiggly-error');
        // Both errors (the domain's sum and the set's total) must be drawn, not just the first to arrive.
        await squiggles.nth(1).waitFor({ timeout: UI_TIMEOUT_MS });

        await page.keyboard.press('Control+Shift+M');
        await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: UI_TIMEOUT_MS });
        await page.locator('.statusbar-item', { hasText: statusText }).waitFor({ timeout: UI_TIMEOUT_MS });

        // The lowest squiggle is the domain's sum (the total's sits above it); measured after the
        // Problems view opened, since the editor shrank then.
        const boxes = (await Promise.all((await squiggles.all()).map(s => s.boundingBox()))).filter(Boolean);
        if (boxes.length < 2) throw new Error(`expected the sum and total squiggles, found ${boxes.length}`);
        const box = boxes.reduce((lowest, b) => (b.y > lowest.y ? b : lowest));
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        const hover = page.locator('.monaco-hover').filter({ hasText: 'Tổng điểm tối đa của các mục con' }).first();
        await hover.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });

        mkdirSync(path.dirname(out), { recursive: true });
        await page.screenshot({ path: out });
        return { hover: (await hover.innerText()).trim() };
    } finally {
        await page.close().catch(() => {});
    }
}
