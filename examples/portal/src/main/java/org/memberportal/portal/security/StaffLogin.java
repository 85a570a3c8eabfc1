/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.memberportal.kernel.StaffId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo's staff login: operators and recruiters configured under {@code portal.staff.accounts}, each with a
 * user name, a password in Spring Security's encoded form ({@code {bcrypt}...}; {@code {noop}...} for the demo
 * only), a role and a staff id. A host replaces it with its single sign-on (see the README, "For front-end teams").
 *
 * @param accounts the staff who may sign in
 */
@ConfigurationProperties("portal.staff")
public record StaffLogin(List<Account> accounts) {

  private static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

  /** No staff unless configured. */
  public StaffLogin {
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
  }

  /**
   * The staff member with these credentials. Every configured password is checked, so the answer takes as long
   * for an unknown name as for a wrong password.
   *
   * @param username the user name typed
   * @param password the password typed
   * @return who signed in, or empty
   */
  public Optional<Signed> signIn(String username, String password) {
    Signed found = null;
    for (Account account : accounts) {
      boolean matches = PASSWORDS.matches(password, account.password());
      if (matches && account.username().equals(username)) {
        found = account.signed();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The staff roles. */
  public enum Role {
    /** The operator's service desk. */
    OPERATOR,
    /** The careers recruiter's desk. */
    RECRUITER
  }

  /**
   * One staff member.
   *
   * @param username the user name
   * @param password the encoded password
   * @param role the desk
   * @param id the staff id
   */
  public record Account(String username, String password, Role role, UUID id) {

    /** Never the password. */
    @Override
    public String toString() {
      return "Account{" + username + ", " + role + "}";
    }

    Signed signed() {
      StaffId staff = new StaffId(id);
      return role == Role.OPERATOR ? new Signed.Operator(staff) : new Signed.Recruiting(staff);
    }
  }
}
