/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import java.time.Clock;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Languages;
import org.memberportal.postgres.Connections;
import org.memberportal.postgres.PostgresHost;
import org.memberportal.postgres.PostgresSchema;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The library on the application's {@link DataSource} and Spring's {@link PlatformTransactionManager}: the
 * PostgreSQL adapter's {@link Host} whose transactions join Spring's ({@link SpringTransactions}), the library's
 * schema migrated at start-up, every port a bean the application may replace with its own, and every module's
 * services as beans ({@link StoresConfiguration}, {@link ServicesConfiguration}).
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
    "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
    "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration"})
@ConditionalOnBean({DataSource.class, PlatformTransactionManager.class})
@EnableConfigurationProperties(MemberPortalProperties.class)
@Import({StoresConfiguration.class, ServicesConfiguration.class, MailConfiguration.class, JobsConfiguration.class,
    ActorConfiguration.class})
public class MemberPortalAutoConfiguration {

  /** For Spring. */
  public MemberPortalAutoConfiguration() {}

  /**
   * The library's schema, migrated before any store is used (its own Flyway location and history table).
   *
   * @param dataSource the application's data source
   * @param properties the schema's name
   * @return the migration, run when the bean is initialised
   */
  @Bean
  @ConditionalOnProperty(prefix = "member-portal.schema", name = "migrate", matchIfMissing = true)
  public LibrarySchema memberPortalSchema(DataSource dataSource, MemberPortalProperties properties) {
    return new LibrarySchema(dataSource, properties.getSchema().getName());
  }

  /**
   * The languages the library speaks, from {@code member-portal.languages} and {@code
   * member-portal.fallback-language}, chosen for the process ({@link Languages#use(Languages)}) before the host is
   * made, so before the first command.
   *
   * @param properties the languages and the fall-back
   * @return the language set in use
   * @throws IllegalArgumentException when a tag is not a bare language or the fall-back is not one of them
   */
  @Bean
  public Languages memberPortalLanguages(MemberPortalProperties properties) {
    Languages languages = Languages.of(properties.getLanguages(), properties.getFallbackLanguage());
    Languages.use(languages);
    return languages;
  }

  /**
   * The clock of the library; an application's own {@link Clock} bean replaces it.
   *
   * @return the system clock in UTC
   */
  @Bean
  @ConditionalOnMissingBean
  public Clock memberPortalClock() {
    return Clock.systemUTC();
  }

  /**
   * The library's transactions, joined to Spring's.
   *
   * @param manager Spring's transaction manager
   * @param dataSource the data source it manages
   * @return the connections every store, the event log and the outbox use
   */
  @Bean
  @ConditionalOnMissingBean
  public Connections memberPortalConnections(PlatformTransactionManager manager, DataSource dataSource) {
    return SpringTransactions.joining(manager, dataSource);
  }

  /**
   * The kernel's ports on PostgreSQL (event log, outbox) over the joined transactions.
   *
   * @param connections the joined transactions
   * @param clock the clock
   * @param schema the migration, done first when it is on
   * @param languages the language set, chosen first
   * @return the PostgreSQL host
   */
  @Bean
  @ConditionalOnMissingBean
  public PostgresHost memberPortalPostgresHost(Connections connections, Clock clock,
      ObjectProvider<LibrarySchema> schema, Languages languages) {
    schema.ifAvailable(migrated -> { });
    return new PostgresHost(connections, clock);
  }

  /**
   * The host every module is built on (one, so that cross-module policies commit with their cause).
   *
   * @param postgres the PostgreSQL host
   * @return the host
   */
  @Bean
  @ConditionalOnMissingBean
  public Host memberPortalHost(PostgresHost postgres) {
    return postgres.host();
  }

  /**
   * Runs the library's migrations ({@link PostgresSchema#migrate}) when Spring initialises it, before the stores
   * that depend on it.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class LibrarySchema implements InitializingBean {

    private final DataSource dataSource;
    private final String schema;
    private int applied;

    LibrarySchema(DataSource dataSource, String schema) {
      this.dataSource = dataSource;
      this.schema = schema;
    }

    @Override
    public void afterPropertiesSet() {
      applied = PostgresSchema.migrate(dataSource, schema);
    }

    /**
     * How many migrations the start-up applied.
     *
     * @return 0 when the schema was up to date
     */
    public int applied() {
      return applied;
    }
  }
}
