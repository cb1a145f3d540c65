// The repository's web page, from package.json: each finding code is documented in a section of
// its README, linked from the editor's diagnostics and from the CLI's SARIF rules alike.
import { repository } from '../../../package.json';

/** `git+https://host/owner/name.git` as the web page `https://host/owner/name`. */
export const repositoryPage = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** The README section that documents a finding code. */
export const findingDocsUrl = (code: string): string => `${repositoryPage}#${code}`;
