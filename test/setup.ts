// Property tests draw from one fixed seed so CI is reproducible; `npm run fuzz` explores new seeds (FC_SEED=random).
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? '20261205';
if (seed !== 'random') fc.configureGlobal({ seed: Number(seed) });
