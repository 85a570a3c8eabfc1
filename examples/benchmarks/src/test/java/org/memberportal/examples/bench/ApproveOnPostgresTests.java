/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.DecideAffiliation;

/**
 * B1's baseline is only a baseline if it issues what the library issues: the same SQL, in the same order, in one
 * transaction. Recorded through a data source that logs every statement prepared, every batch and every commit.
 */
class ApproveOnPostgresTests {

  private final List<String> recorded = Collections.synchronizedList(new ArrayList<>());

  @Test
  void theJdbcBaselineIssuesExactlyTheLibrarysStatements() throws Exception {
    PostgresWorld world = new PostgresWorld(recording(BenchDatabase.freshSchema("b1_statements")));
    List<Affiliation> pending = world.pendingRequests(2);

    recorded.clear();
    world.module.affiliations().approve(DecideAffiliation.builder().affiliation(pending.get(0).id()).build(),
        world.asFocalPoint);
    List<String> library = List.copyOf(recorded);
    recorded.clear();
    new JdbcApprove(world.pool).approve(pending.get(1).id().value(), world.focalPoint.id().value());
    List<String> baseline = List.copyOf(recorded);

    assertThat(library).startsWith("setAutoCommit(false)").endsWith("commit").contains("addBatch", "executeBatch")
        .hasSizeGreaterThan(10);
    assertThat(baseline).containsExactlyElementsOf(library);
    for (Affiliation a : pending) {
      assertThat(world.register.find(a.id())).get().extracting(Affiliation::state)
          .isEqualTo(AffiliationState.APPROVED);
      assertThat(count(world.pool, "select count(*) from event_log where subject = 'affiliation:" + a.id()
          + "' and type = 'AffiliationApproved'")).isEqualTo(1);
      assertThat(count(world.pool, "select count(*) from outbox_parameter where idempotency_key = "
          + "'affiliation.approved:" + a.id() + ":" + a.account() + "'")).isEqualTo(3);
    }
  }

  private static long count(DataSource pool, String sql) throws Exception {
    try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql);
        ResultSet rows = s.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** A data source whose connections record what they are asked to do. */
  private DataSource recording(DataSource dataSource) {
    return proxy(DataSource.class, dataSource, (name, args, result) -> result instanceof Connection c
        ? proxy(Connection.class, c, this::connection) : result);
  }

  private Object connection(String name, Object[] args, Object result) {
    switch (name) {
      case "prepareStatement" -> {
        recorded.add(String.valueOf(args[0]));
        return proxy(PreparedStatement.class, (PreparedStatement) result, (n, a, r) -> {
          if (n.equals("addBatch") || n.equals("executeBatch")) {
            recorded.add(n);
          }
          return r;
        });
      }
      case "setAutoCommit" -> recorded.add("setAutoCommit(" + args[0] + ")");
      case "commit", "rollback" -> recorded.add(name);
      default -> {
        // other calls are not statements
      }
    }
    return result;
  }

  /** What to do with a call's result. */
  private interface After {
    Object apply(String method, Object[] args, Object result) throws Exception;
  }

  private static <T> T proxy(Class<T> type, T target, After after) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      return after.apply(method.getName(), args == null ? new Object[0] : args, result);
    }));
  }
}
