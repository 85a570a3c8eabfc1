/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.factor.FactorPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The library's policies and the starter's switches, under {@code member-portal}; every one has the library's
 * default, so an application sets only what it changes. The descriptions are in the configuration metadata
 * ({@code META-INF/spring-configuration-metadata.json}), which IDEs show.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@ConfigurationProperties("member-portal")
public class MemberPortalProperties {

  /**
   * The languages the library speaks, as comma-separated language tags in the order a language picker shows them;
   * a locale outside them is answered in the fall-back language. Each needs its bundles on the class path.
   */
  private String languages = "ar,zh,en,fr,ru,es";
  /** The language of every locale outside member-portal.languages; one of them. */
  private String fallbackLanguage = "en";
  private final Schema schema = new Schema();
  private final Accounts accounts = new Accounts();
  private final Affiliation affiliation = new Affiliation();
  private final Ties ties = new Ties();
  private final Careers careers = new Careers();
  private final Jobs jobs = new Jobs();
  private final Mail mail = new Mail();

  public String getLanguages() { return languages; }

  public void setLanguages(String value) { this.languages = value; }

  public String getFallbackLanguage() { return fallbackLanguage; }

  public void setFallbackLanguage(String value) { this.fallbackLanguage = value; }

  public Schema getSchema() { return schema; }

  public Accounts getAccounts() { return accounts; }

  public Affiliation getAffiliation() { return affiliation; }

  public Ties getTies() { return ties; }

  public Careers getCareers() { return careers; }

  public Jobs getJobs() { return jobs; }

  public Mail getMail() { return mail; }

  /** The library's tables. */
  public static class Schema {
    /** Whether the library's Flyway migrations (own location and history table) run at start-up. */
    private boolean migrate = true;
    /** The schema holding the library's tables; the DataSource's connections must have it on their search path. */
    private String name = "public";

    public boolean isMigrate() { return migrate; }

    public void setMigrate(boolean migrate) { this.migrate = migrate; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }
  }

  /** User accounts and the one-time codes of both kinds of account. */
  public static class Accounts {
    /** How long a sign-up may stay unverified before the expiry job erases it and frees its address. */
    private Duration unverifiedLifetime = Duration.ofDays(7);
    /** The password rules: SEED (the seed's composition rules) or NIST (length and a blocklist, NIST SP 800-63B). */
    private PasswordProfile passwordProfile = PasswordProfile.SEED;
    /** How long a one-time code (verification, reset) works. */
    private Duration codeValidity = Duration.ofMinutes(10);
    /** How many wrong entries a one-time code allows before it is void. */
    private int codeAttempts = 5;
    /** The least time between two codes for the same account and purpose. */
    private Duration codeResendCooldown = Duration.ofSeconds(60);
    /** The most codes sent for the same account and purpose in 24 hours. */
    private int codeDailyCap = 10;
    /**
     * The key (Base64, at least 32 bytes) of the codes' keyed hash: the same on every instance and for the lifetime
     * of the issued codes. Unset, each start draws a random key, which suits one instance in development only.
     */
    private @Nullable String codeKey;
    /**
     * The duties that need a second factor (FOCAL_POINT, OPERATOR): an actor signed in with the password alone is
     * refused them, asked to enrol a factor first or to sign in with it. Both by default (issue 24: those who hold
     * the keys); an application whose operators sign in through its own single sign-on names only FOCAL_POINT, and
     * an empty value turns the policy off.
     */
    private Set<FactorPolicy.Duty> secondFactorFor = EnumSet.allOf(FactorPolicy.Duty.class);

    public Duration getUnverifiedLifetime() { return unverifiedLifetime; }

    public void setUnverifiedLifetime(Duration value) { this.unverifiedLifetime = value; }

    public PasswordProfile getPasswordProfile() { return passwordProfile; }

    public void setPasswordProfile(PasswordProfile value) { this.passwordProfile = value; }

    public Duration getCodeValidity() { return codeValidity; }

    public void setCodeValidity(Duration value) { this.codeValidity = value; }

    public int getCodeAttempts() { return codeAttempts; }

    public void setCodeAttempts(int value) { this.codeAttempts = value; }

    public Duration getCodeResendCooldown() { return codeResendCooldown; }

    public void setCodeResendCooldown(Duration value) { this.codeResendCooldown = value; }

    public int getCodeDailyCap() { return codeDailyCap; }

    public void setCodeDailyCap(int value) { this.codeDailyCap = value; }

    public @Nullable String getCodeKey() { return codeKey; }

    public void setCodeKey(@Nullable String value) { this.codeKey = value; }

    public Set<FactorPolicy.Duty> getSecondFactorFor() { return secondFactorFor; }

    public void setSecondFactorFor(Set<FactorPolicy.Duty> value) { this.secondFactorFor = value; }
  }

  /** The password rules to apply. */
  public enum PasswordProfile {
    /** The seed's rules ({@code PasswordPolicy.seed()}). */
    SEED,
    /** NIST SP 800-63B and ASVS ({@code PasswordPolicy.nist()}). */
    NIST
  }

  /** Affiliation requests. */
  public static class Affiliation {
    /** How long a request waits for its focal point before the reminder. */
    private Duration remindAfter = Duration.ofDays(7);
    /** How long a request waits before it is escalated to the next focal point. */
    private Duration escalateAfter = Duration.ofDays(14);

    public Duration getRemindAfter() { return remindAfter; }

    public void setRemindAfter(Duration value) { this.remindAfter = value; }

    public Duration getEscalateAfter() { return escalateAfter; }

    public void setEscalateAfter(Duration value) { this.escalateAfter = value; }
  }

  /** TIES access. */
  public static class Ties {
    /** How long a prepared hand-over of the TIES focal point seat may be confirmed. */
    private Duration handOverLifetime = Duration.ofMinutes(15);

    public Duration getHandOverLifetime() { return handOverLifetime; }

    public void setHandOverLifetime(Duration value) { this.handOverLifetime = value; }
  }

  /** The Careers platform. */
  public static class Careers {
    /**
     * When the previous recruitment system was replaced: vacancies published before it belong to that system. The
     * default, the epoch, means there was none.
     */
    private Instant cutOver = Instant.EPOCH;
    /** How long a candidate may stay inactive before the retention batch erases their data. */
    private Period retention = Period.ofYears(3);

    public Instant getCutOver() { return cutOver; }

    public void setCutOver(Instant value) { this.cutOver = value; }

    public Period getRetention() { return retention; }

    public void setRetention(Period value) { this.retention = value; }
  }

  /** The timed jobs, each run once per tick across the instances sharing the database. */
  public static class Jobs {
    /** Whether this instance runs the timed jobs. */
    private boolean enabled = true;
    /** How often this instance looks for due jobs; shorter than the shortest cadence. */
    private Duration poll = Duration.ofSeconds(1);
    /** This instance's name, recorded on the ticks it claims; unset, the host name and the process id. */
    private @Nullable String instance;
    /** The cadence of the relay that delivers the outbox's mail. */
    private Duration relay = Duration.ofSeconds(1);
    /** The cadence of the close of vacancies whose deadline passed. */
    private Duration closeDueVacancies = Duration.ofMinutes(1);
    /** The cadence of the expiry of sign-ups never verified. */
    private Duration expireUnverified = Duration.ofHours(1);
    /** The cadence of the affiliation requests' reminders and escalations. */
    private Duration affiliationReminders = Duration.ofHours(1);
    /** The cadence of the purge of delivered mail. */
    private Duration purgeDelivered = Duration.ofDays(1);
    /** How long delivered mail (which holds its recipient's address) is kept before the purge deletes it. */
    private Duration keepDelivered = Duration.ofDays(30);

    public boolean isEnabled() { return enabled; }

    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    public Duration getPoll() { return poll; }

    public void setPoll(Duration value) { this.poll = value; }

    public @Nullable String getInstance() { return instance; }

    public void setInstance(@Nullable String value) { this.instance = value; }

    public Duration getRelay() { return relay; }

    public void setRelay(Duration value) { this.relay = value; }

    public Duration getCloseDueVacancies() { return closeDueVacancies; }

    public void setCloseDueVacancies(Duration value) { this.closeDueVacancies = value; }

    public Duration getExpireUnverified() { return expireUnverified; }

    public void setExpireUnverified(Duration value) { this.expireUnverified = value; }

    public Duration getAffiliationReminders() { return affiliationReminders; }

    public void setAffiliationReminders(Duration value) { this.affiliationReminders = value; }

    public Duration getPurgeDelivered() { return purgeDelivered; }

    public void setPurgeDelivered(Duration value) { this.purgeDelivered = value; }

    public Duration getKeepDelivered() { return keepDelivered; }

    public void setKeepDelivered(Duration value) { this.keepDelivered = value; }
  }

  /** The mails, sent through the application's JavaMailSender (spring.mail.*) when it has one. */
  public static class Mail {
    /** The From address of the library's mails, e.g. "Member Portal <no-reply@example.org>". */
    private String from = "no-reply@localhost";
    /** The domain part of the mails' Message-IDs (derived from each notification's idempotency key). */
    private String messageIdDomain = "localhost";
    /** The time zone in which the mails show instants (deadlines, expiries). */
    private ZoneId zone = ZoneId.of("UTC");
    /**
     * A class-path folder of the application's own templates and sentences over the library's (what it lacks comes
     * from the library's), e.g. "mail/templates"; unset, the library's alone.
     */
    private @Nullable String templates;

    public String getFrom() { return from; }

    public void setFrom(String value) { this.from = value; }

    public String getMessageIdDomain() { return messageIdDomain; }

    public void setMessageIdDomain(String value) { this.messageIdDomain = value; }

    public ZoneId getZone() { return zone; }

    public void setZone(ZoneId value) { this.zone = value; }

    public @Nullable String getTemplates() { return templates; }

    public void setTemplates(@Nullable String value) { this.templates = value; }
  }
}
