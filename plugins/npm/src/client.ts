/** The package manager that owns a lockfile: shared by the model and the policy types without either importing the other. */
export type Client = 'npm' | 'yarn-classic' | 'yarn-berry' | 'pnpm' | 'bun';
