import { configure } from '@testing-library/react';

/**
 * Testing Library's `findBy…` and `waitFor` give up after 1 s of real time by default: on a loaded
 * 2-core CI machine a lazily loaded panel (a case, a dialog) can take longer to appear, and the test
 * failed for speed alone (case, takeButton, shortcuts, chatOutcomes, workflowSettings did). They wait
 * for the DOM to change, never for a fixed time, so a longer limit only makes a slow run slower; a
 * real failure still fails, within the project's 30 s test timeout.
 */
configure({ asyncUtilTimeout: 10_000 });
