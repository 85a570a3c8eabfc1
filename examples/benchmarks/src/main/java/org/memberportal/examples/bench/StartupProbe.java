/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.memberportal.account.inmemory.InMemoryAccountModule;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.careers.CareersModule;
import org.memberportal.careers.inmemory.InMemoryStaffDirectory;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.ties.TiesModule;

/**
 * B4's two fresh JVMs: {@code services} builds every service on the in-memory adapters until it can validate a
 * command; {@code validator} builds only Hibernate Validator's factory. The harness times each whole process.
 */
public final class StartupProbe {

  private StartupProbe() {}

  /**
   * Runs one side and prints how many objects it built, so the work cannot be skipped.
   *
   * @param args {@code services} or {@code validator}
   */
  public static void main(String[] args) {
    String side = args.length == 0 ? "services" : args[0];
    Object built = side.equals("validator") ? validatorOnly() : everyService();
    System.out.println(side + " " + built.hashCode());
  }

  /**
   * Builds only the Hibernate Validator factory and its validator.
   *
   * @return the validator
   */
  public static Object validatorOnly() {
    ValidatorFactory factory = jakarta.validation.Validation.buildDefaultValidatorFactory();
    return factory.getValidator();
  }

  /**
   * Builds every module's services on one in-memory host, then the kernel's validator they share.
   *
   * @return the services
   */
  public static Object everyService() {
    InMemoryHost kernel = new InMemoryHost(Clock.systemUTC());
    InMemoryAccountModule accounts = new InMemoryAccountModule(kernel);
    AffiliationModule affiliation = AffiliationModule.inMemory(kernel.host(), kernel.transactions(),
        accounts.accounts(), ReminderPolicy.DEFAULT);
    TiesModule ties = TiesModule.inMemory(kernel.host(), kernel.transactions(), accounts.accounts(), affiliation);
    CareersModule careers = CareersModule.inMemory(kernel.host(), kernel.transactions())
        .staff(new InMemoryStaffDirectory()).cutOver(Instant.parse("2026-01-01T00:00:00Z")).build();
    return List.of(accounts.accounts(), affiliation, ties, careers, Validation.validator());
  }
}
