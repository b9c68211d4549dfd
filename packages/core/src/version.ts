/** inert's version, reported in results (kept equal to the packages' version by a test). */
export const VERSION = '0.1.0';
