/**
 * Organisations directory, focal points and the affiliation workflow.
 */
@NullMarked
package org.memberportal.affiliation;

import org.jspecify.annotations.NullMarked;
