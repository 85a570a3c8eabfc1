/**
 * Test kit of the Careers module: fixtures, jqwik arbitraries and the contract tests of its ports, shipped in
 * the tests jar for hosts' own adapters.
 */
@NullMarked
package org.memberportal.careers.testkit;

import org.jspecify.annotations.NullMarked;
