/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.account.testkit.AccountFixtures.signUp;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.testkit.TestHashing;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.testkit.MutableClock;

/**
 * The stores join the host's transaction: a host's own row (in its own table) and a library command commit
 * together, and roll back together when the host rolls back after the command, whether the host's transaction
 * manager owns the transaction ({@link Connections#joining}) or the library's does ({@link PostgresTransactions}).
 */
class HostTransactionTests {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("host_transaction");
  private static final byte[] CODE_KEY = "a code key".getBytes(StandardCharsets.UTF_8);

  static {
    EmbeddedDatabase.execute(DATABASE, "create table shop_order (id uuid primary key, buyer text not null)");
  }

  /**
   * A host's own transaction manager, as a framework has one: a connection bound to the thread, the outermost
   * call commits or rolls back, nested calls join. It shares no code with the library's.
   */
  static final class HostTransactionManager implements Transactions {
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    int commits;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      if (bound.get() != null) {
        return work.get();
      }
      try (Connection c = DATABASE.getConnection()) {
        c.setAutoCommit(false);
        bound.set(c);
        try {
          T result = work.get();
          c.commit();
          commits++;
          return result;
        } catch (RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          bound.remove();
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The connection of the open transaction, what Spring's {@code DataSourceUtils.getConnection} gives. */
    Connection current() {
      Connection c = bound.get();
      if (c == null) {
        throw new IllegalStateException("no transaction on this thread");
      }
      return c;
    }

    void insertOrder(UUID id, String buyer) {
      try {
        HostTransactionTests.insertOrder(current(), id, buyer);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @AfterAll
  static void close() throws Exception {
    ((AutoCloseable) DATABASE).close();
  }

  private static UserAccounts accounts(PostgresHost postgres) {
    return UserAccounts.builder().host(postgres.host())
        .accounts(new PostgresAccounts(postgres.transactions()))
        .codes(new PostgresIssuedCodes(postgres.transactions()))
        .secrets(CODE_KEY::clone).hasher(TestHashing.fast()).build();
  }

  private static long count(String sql, Object value) throws SQLException {
    try (Connection c = DATABASE.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, value);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static long orders(UUID id) throws SQLException {
    return count("select count(*) from shop_order where id = ?", id);
  }

  private static long accounts(String email) throws SQLException {
    return count("select count(*) from account where email_key = ?", email);
  }

  private static long mails(String email) throws SQLException {
    return count("select count(*) from outbox where recipient = ?", email);
  }

  private final HostTransactionManager manager = new HostTransactionManager();
  private final UserAccounts joined =
      accounts(new PostgresHost(Connections.joining(manager, manager::current), MutableClock.atStart()));

  @Test
  void hostRowAndSignUpCommitTogetherWhenTheHostCommits() throws SQLException {
    UUID order = UUID.randomUUID();
    String email = "joined-commit@example.org";
    long[] seenBeforeTheHostCommits = new long[1];

    manager.inTransaction(() -> {
      manager.insertOrder(order, email);
      joined.signUp(signUp(email).build(), Actor.anonymous());
      try {
        seenBeforeTheHostCommits[0] = accounts(email);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return null;
    });

    assertThat(seenBeforeTheHostCommits[0]).as("the library never commits the host's transaction").isZero();
    assertThat(manager.commits).isEqualTo(1);
    assertThat(orders(order)).isEqualTo(1);
    assertThat(accounts(email)).isEqualTo(1);
    assertThat(mails(email)).isEqualTo(1);
  }

  @Test
  void hostRowAndSignUpRollBackTogetherWhenTheHostRollsBackAfterTheCommand() throws SQLException {
    UUID order = UUID.randomUUID();
    String email = "joined-rollback@example.org";

    assertThatThrownBy(() -> manager.inTransaction(() -> {
      manager.insertOrder(order, email);
      joined.signUp(signUp(email).build(), Actor.anonymous());
      throw new IllegalStateException("the host's payment failed");
    })).hasMessage("the host's payment failed");

    assertThat(orders(order)).isZero();
    assertThat(accounts(email)).isZero();
    assertThat(mails(email)).isZero();
  }

  @Test
  void aCommandOutsideTheHostsTransactionRunsInOneTheHostBegins() throws SQLException {
    String email = "joined-alone@example.org";

    joined.signUp(signUp(email).build(), Actor.anonymous());

    assertThat(manager.commits).isEqualTo(1);
    assertThat(accounts(email)).isEqualTo(1);
  }

  @Test
  void hostRowAndSignUpRollBackTogetherInTheLibrarysOwnTransaction() throws SQLException {
    PostgresTransactions transactions = new PostgresTransactions(DATABASE);
    UserAccounts accounts = accounts(new PostgresHost(transactions, MutableClock.atStart()));
    UUID kept = UUID.randomUUID();
    UUID dropped = UUID.randomUUID();

    transactions.inTransaction(() -> {
      transactions.withConnection(c -> insertOrder(c, kept, "own-commit@example.org"));
      return accounts.signUp(signUp("own-commit@example.org").build(), Actor.anonymous());
    });
    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      transactions.withConnection(c -> insertOrder(c, dropped, "own-rollback@example.org"));
      accounts.signUp(signUp("own-rollback@example.org").build(), Actor.anonymous());
      throw new IllegalStateException("the host's payment failed");
    })).hasMessage("the host's payment failed");

    assertThat(orders(kept)).isEqualTo(1);
    assertThat(accounts("own-commit@example.org")).isEqualTo(1);
    assertThat(orders(dropped)).isZero();
    assertThat(accounts("own-rollback@example.org")).isZero();
  }

  private static int insertOrder(Connection c, UUID id, String buyer) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("insert into shop_order values (?, ?)")) {
      insert.setObject(1, id);
      insert.setString(2, buyer);
      return insert.executeUpdate();
    }
  }
}
