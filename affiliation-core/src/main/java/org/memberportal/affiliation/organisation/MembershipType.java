/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import java.util.List;
import org.apiguardian.api.API;
import org.memberportal.account.reference.Choice;
import org.memberportal.account.reference.Choices;

/**
 * An organisation's membership type, the first choice of the sign-up form.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum MembershipType {
  /** A Member State (its administration). */
  MEMBER_STATE,
  /** A Sector Member. */
  SECTOR_MEMBER,
  /** An Associate. */
  ASSOCIATE,
  /** An Academia member. */
  ACADEMIA,
  /** Not a member: affiliation needs no approval and gives no member rights. */
  NOT_A_MEMBER;

  /**
   * Whether organisations of this type are members, whose affiliations need a focal point's approval.
   *
   * @return false only for {@link #NOT_A_MEMBER}
   */
  public boolean member() {
    return this != NOT_A_MEMBER;
  }

  /**
   * The membership types as choices, labelled in every language the library speaks (the bundle
   * {@code org.memberportal.affiliation.organisation.Labels}), in declaration order.
   *
   * @return one choice per type, its code the constant's name
   */
  public static List<Choice> choices() {
    return Choices.of(MembershipType.class, "org.memberportal.affiliation.organisation.Labels");
  }
}
