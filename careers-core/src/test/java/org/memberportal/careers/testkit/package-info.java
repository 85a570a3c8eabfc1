/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Test kit of the Careers module for hosts and tests: wired in-memory worlds (profiles and privacy; vacancies
 * and applications), fixtures, jqwik arbitraries, a JSON reader, a scanner of held personal values, and the
 * contract tests of the Careers ports, shipped in the tests jar.
 */
@NullMarked
package org.memberportal.careers.testkit;

import org.jspecify.annotations.NullMarked;
