/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Careers: candidate accounts and profiles, vacancies, applications and job alerts.
 */
@NullMarked
package org.memberportal.careers;

import org.jspecify.annotations.NullMarked;
