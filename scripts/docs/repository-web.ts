/** A package.json `repository.url` (`git+https://github.com/o/r.git`) as its web address (`https://github.com/o/r`). */
export const repositoryWeb = (url: string): string => url.replace(/^git\+/, "").replace(/\.git$/, "");
