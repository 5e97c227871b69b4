// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SafetySection } from '../../components/options/SafetySection';
import { PRIVACY_POLICY_URL, REPORT_PROBLEM_URL } from '../../content/publisher';

describe('the options page’s About card', () => {
  afterEach(cleanup);

  it('tells the user which version they run, links the privacy policy and where to report a problem', () => {
    render(<SafetySection version="0.2.0" />);
    expect(screen.getByTestId('about-version').textContent).toBe('Glute Break version 0.2.0');
    const privacy = screen.getByRole('link', { name: /Privacy policy/ });
    expect(privacy.getAttribute('href')).toBe(PRIVACY_POLICY_URL);
    const report = screen.getByRole('link', { name: /Report a problem/ });
    expect(report.getAttribute('href')).toBe(REPORT_PROBLEM_URL);
    // Opened in a new tab, without giving it a handle on the options page.
    for (const link of [privacy, report]) expect(link.getAttribute('rel')).toContain('noopener');
  });
});
