/**
 * Test kit for hosts of Careers: a wired in-memory world, profile fixtures, jqwik arbitraries, a JSON reader,
 * a scanner of held personal values, and the contracts of the Careers ports.
 */
@NullMarked
package org.memberportal.careers.testkit;

import org.jspecify.annotations.NullMarked;
