/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers;

import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.account.port.Secrets;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.port.StaffDirectory;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.privacy.RetentionPolicy;
import org.memberportal.kernel.Host;

/**
 * Collects the host, stores and settings of a {@link CareersModule} ({@link CareersModule#builder()},
 * {@link CareersModule#inMemory}); {@link #build()} wires the module and its policies.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class CareersModuleBuilder {

  @Nullable Host host;
  @Nullable CandidateAccounts accounts;
  @Nullable Profiles profiles;
  @Nullable Consents consents;
  @Nullable Vacancies vacancies;
  @Nullable Applications applications;
  @Nullable AlertSubscriptions alerts;
  @Nullable IssuedCodes codes;
  @Nullable Secrets secrets;
  @Nullable StaffDirectory staff;
  @Nullable Instant cutOver;
  PasswordHasher hasher = PasswordHashing.argon2id();
  List<PasswordHasher> formerHashers = List.of();
  RetentionPolicy retention = RetentionPolicy.years(DEFAULT_RETENTION_YEARS);

  /** Years of inactivity after which the retention batch erases a candidate, unless set. */
  public static final int DEFAULT_RETENTION_YEARS = 3;

  CareersModuleBuilder() {}

  /**
   * Sets the host.
   *
   * @param value the host
   * @return this builder
   */
  public CareersModuleBuilder host(Host value) {
    host = value;
    return this;
  }

  /**
   * Sets the careers accounts store.
   *
   * @param value the store
   * @return this builder
   */
  public CareersModuleBuilder accounts(CandidateAccounts value) {
    accounts = value;
    return this;
  }

  /**
   * Sets the profiles store.
   *
   * @param value the store
   * @return this builder
   */
  public CareersModuleBuilder profiles(Profiles value) {
    profiles = value;
    return this;
  }

  /**
   * Sets the consents store.
   *
   * @param value the store
   * @return this builder
   */
  public CareersModuleBuilder consents(Consents value) {
    consents = value;
    return this;
  }

  /**
   * Sets the vacancies store.
   *
   * @param value the store
   * @return this builder
   */
  public CareersModuleBuilder vacancies(Vacancies value) {
    vacancies = value;
    return this;
  }

  /**
   * Sets the applications store.
   *
   * @param value the store
   * @return this builder
   */
  public CareersModuleBuilder applications(Applications value) {
    applications = value;
    return this;
  }

  /**
   * Sets the job alerts store.
   *
   * @param value the store
   * @return this builder
   */
  public CareersModuleBuilder alerts(AlertSubscriptions value) {
    alerts = value;
    return this;
  }

  /**
   * Sets the one-time codes store (the account module's port).
   *
   * @param value the store
   * @return this builder
   */
  public CareersModuleBuilder codes(IssuedCodes value) {
    codes = value;
    return this;
  }

  /**
   * Sets the source of codes.
   *
   * @param value the source
   * @return this builder
   */
  public CareersModuleBuilder secrets(Secrets value) {
    secrets = value;
    return this;
  }

  /**
   * Sets the staff directory, which says who is current staff.
   *
   * @param value the directory
   * @return this builder
   */
  public CareersModuleBuilder staff(StaffDirectory value) {
    staff = value;
    return this;
  }

  /**
   * Sets the date the previous recruitment system was replaced; vacancies published before it are refused.
   *
   * @param value the cut-over instant
   * @return this builder
   */
  public CareersModuleBuilder cutOver(Instant value) {
    cutOver = value;
    return this;
  }

  /**
   * Sets the password hasher (Argon2id unless set).
   *
   * @param value the hasher
   * @return this builder
   */
  public CareersModuleBuilder hasher(PasswordHasher value) {
    hasher = value;
    return this;
  }

  /**
   * Declares the hashers whose hashes may still be stored after a change of hasher
   * ({@link CareersAccounts.Builder#formerHashers}); none unless set.
   *
   * @param value the former hashers
   * @return this builder
   */
  public CareersModuleBuilder formerHashers(List<? extends PasswordHasher> value) {
    formerHashers = List.copyOf(value);
    return this;
  }

  /**
   * Sets the retention rule ({@value #DEFAULT_RETENTION_YEARS} years unless set).
   *
   * @param value the rule
   * @return this builder
   */
  public CareersModuleBuilder retention(RetentionPolicy value) {
    retention = value;
    return this;
  }

  /**
   * Wires the module and subscribes its policies.
   *
   * @return the module
   * @throws NullPointerException naming the first missing port (a wiring mistake of the host)
   */
  public CareersModule build() {
    return new CareersModule(this);
  }
}
