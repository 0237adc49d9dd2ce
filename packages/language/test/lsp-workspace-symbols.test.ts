/** Workspace symbols (src/lsp/workspace-symbol-provider.ts): items by code or title across files, accents optional. */
import { TextDocument } from 'langium';
import { expectWorkspaceSymbols, parseHelper, setTextDocument } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { SymbolKind } from 'vscode-languageserver';
import { AGENCIES_AND_SURVEY } from './lsp-sample.js';
import { chisoServices } from './test-services.js';

const DEPARTMENTS = `set So "Bộ chỉ số cấp sở" {
    domain 1 "Chỉ đạo" max 10 {
        criterion 1.5 "Sáng kiến trong CCHC" max 10 {
            component 1.5.3 "Sáng kiến được công nhận" max 5
            component 1.5.4 "Giải pháp mới" max 5
        }
    }
}
`;
const DISTRICTS = DEPARTMENTS.replace('set So "Bộ chỉ số cấp sở"', 'set Huyen "Bộ chỉ số cấp huyện"').replace('"Giải pháp mới"', '"Đổi mới"');

/** Three files of one folder, as the editor holds them. */
async function workspace() {
    const services = chisoServices('vi');
    const parse = parseHelper(services);
    await parse(AGENCIES_AND_SURVEY, { documentUri: 'file:///vinhlong/shared.chiso' });
    await parse(DEPARTMENTS, { documentUri: 'file:///vinhlong/department.chiso' });
    await parse(DISTRICTS, { documentUri: 'file:///vinhlong/district.chiso' });
    return expectWorkspaceSymbols(services.shared);
}

const withContainer = (s: { name: string; containerName?: string }) => `${s.name} [${s.containerName}]`;

describe('workspace symbols', () => {
    test('a code finds that item in every set of the folder, exact codes first', async () => {
        const expectSymbols = await workspace();
        await expectSymbols({ query: '1.5.3', symbolToString: withContainer, expectedSymbols: ['1.5.3 Sáng kiến được công nhận [So]', '1.5.3 Sáng kiến được công nhận [Huyen]'] });
        await expectSymbols({ query: '1.5', symbolToString: withContainer, expectedSymbols: [
            '1.5 Sáng kiến trong CCHC [So]', '1.5 Sáng kiến trong CCHC [Huyen]',
            '1.5.3 Sáng kiến được công nhận [So]', '1.5.4 Giải pháp mới [So]',
            '1.5.3 Sáng kiến được công nhận [Huyen]', '1.5.4 Đổi mới [Huyen]',
        ] });
    });

    test('words of a title, with or without accents, in any case', async () => {
        const expectSymbols = await workspace();
        const found = ['1.5 Sáng kiến trong CCHC', '1.5.3 Sáng kiến được công nhận', '1.5 Sáng kiến trong CCHC', '1.5.3 Sáng kiến được công nhận'];
        await expectSymbols({ query: 'sáng kiến', expectedSymbols: found });
        await expectSymbols({ query: 'sang kien', expectedSymbols: found });
        await expectSymbols({ query: 'SÁNG KIẾN', expectedSymbols: found });
        await expectSymbols({ query: 'kien cong nhan', expectedSymbols: ['1.5.3 Sáng kiến được công nhận', '1.5.3 Sáng kiến được công nhận'] });
        // đ reads as d.
        await expectSymbols({ query: 'doi moi', expectedSymbols: ['1.5.4 Đổi mới'] });
    });

    test('decomposed (NFD) text matches precomposed queries and the other way round', async () => {
        const expectSymbols = await workspace();
        await expectSymbols({ query: 'Sáng kiến được'.normalize('NFD'), expectedSymbols: ['1.5.3 Sáng kiến được công nhận', '1.5.3 Sáng kiến được công nhận'] });
    });

    test('agencies, surveys and sets are found too, with their kinds and locations', async () => {
        const expectSymbols = await workspace();
        await expectSymbols({ query: 'hai long', assert: symbols => expect(symbols).toEqual([
            { name: 'SIPAS Chỉ số hài lòng', kind: SymbolKind.Event, location: { uri: 'file:///vinhlong/shared.chiso', range: { start: { line: 2, character: 7 }, end: { line: 2, character: 12 } } } },
        ]) });
        await expectSymbols({ query: 'noi vu', expectedSymbols: ['SNV Sở Nội vụ'] });
        await expectSymbols({ query: 'cap huyen', expectedSymbols: ['Huyen Bộ chỉ số cấp huyện'] });
    });

    test('an edited document is searched as it now reads', async () => {
        const services = chisoServices('vi');
        const document = await parseHelper(services)(DEPARTMENTS, { documentUri: 'file:///p/a.chiso' });
        const provider = services.shared.lsp.WorkspaceSymbolProvider!;
        const names = async (query: string) => (await provider.getSymbols({ query })).map(s => s.name);
        expect(await names('giai phap')).toEqual(['1.5.4 Giải pháp mới']);
        setTextDocument(services, TextDocument.create(document.uri.toString(), 'chiso', 2, DEPARTMENTS.replace('Giải pháp mới', 'Cải tiến')));
        await services.shared.workspace.DocumentBuilder.update([document.uri], []);
        expect(await names('giai phap')).toEqual([]);
        expect(await names('cai tien')).toEqual(['1.5.4 Cải tiến']);
    });
});

test('in a set numbered I, II with criteria running through it, items are found by their full codes', async () => {
    const services = chisoServices('vi');
    await parseHelper(services)(`set LaMa "Lĩnh vực La Mã" {
    domain I "Chỉ đạo" max 2 {
        criterion 1 "Kế hoạch" max 1
        criterion 2 "Báo cáo" max 1 { component a "Đúng hạn" max 0.5  component b "Đủ nội dung" max 0.5 }
    }
    domain II "Thể chế" max 1 { criterion 3 "Văn bản" max 1 { component 3.1 "Đúng quy trình" max 1 } }
}`, { documentUri: 'file:///lama/set.chiso' });
    const expectSymbols = expectWorkspaceSymbols(services.shared);
    await expectSymbols({ query: '2.a', expectedSymbols: ['2.a Đúng hạn'] });
    await expectSymbols({ query: '3', expectedSymbols: ['3 Văn bản', '3.1 Đúng quy trình'] });
    await expectSymbols({ query: 'II', expectedSymbols: ['II Thể chế'] });
});
