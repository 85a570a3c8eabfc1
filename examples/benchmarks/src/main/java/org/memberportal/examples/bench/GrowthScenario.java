/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.util.List;
import java.util.function.BiFunction;
import org.memberportal.affiliation.roster.RosterEntry;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.opening.JobOpening;
import org.memberportal.kernel.Page;
import org.memberportal.ties.myrequests.RequestLine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * B3's scenario, whatever store holds the data: the six everyday reads of {@link GrowthData}, each timed over the
 * data set it reads ({@link Roster}, {@link Openings}, {@link Alerts}) at {@code records} records. A growth
 * benchmark extends it with its JMH settings, its sizes ({@code @Param records}) and how its store loads each data
 * set: {@link GrowthBenchmark} in memory, {@link GrowthOnPostgresBenchmark} on PostgreSQL. A data set's state asks
 * the benchmark JMH is running (named in its {@link BenchmarkParams}) to load it, once per benchmark and size
 * ({@link DataSets}).
 */
public abstract class GrowthScenario {

  /** The name of the size parameter each growth benchmark declares. */
  static final String RECORDS = "records";

  /**
   * Loads the affiliation store: the focal point's organisation plus everybody else's.
   *
   * @param records affiliation records in the store
   * @return the loaded store's reads
   */
  abstract GrowthData.Roster roster(int records);

  /**
   * Loads the published vacancies.
   *
   * @param records vacancies in the store
   * @return the loaded store's reads
   */
  abstract GrowthData.Openings openings(int records);

  /**
   * Loads the job alerts.
   *
   * @param records alerts in the store
   * @return the loaded store's read
   */
  abstract GrowthData.Alerts alerts(int records);

  /**
   * The data set a state reads, loaded by the running benchmark unless it is the one loaded last.
   *
   * @param params the running benchmark
   * @param kind the state
   * @param load how a growth benchmark loads the set at a size
   * @param <T> the data set
   * @return the data set
   */
  static <T> T dataSet(BenchmarkParams params, Class<?> kind, BiFunction<GrowthScenario, Integer, T> load) {
    String method = params.getBenchmark();
    String benchmark = method.substring(0, method.lastIndexOf('.'));
    int records = Integer.parseInt(params.getParam(RECORDS));
    return DataSets.once(benchmark + "$" + kind.getSimpleName(), records,
        () -> load.apply(benchmark(benchmark), records));
  }

  /** A new instance of the growth benchmark class JMH runs (JMH's benchmark classes have a public constructor). */
  private static GrowthScenario benchmark(String name) {
    try {
      return Class.forName(name).asSubclass(GrowthScenario.class).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(name + " is not a growth benchmark", e);
    }
  }

  /** The affiliation store: the focal point's organisation plus everybody else's. */
  @State(Scope.Benchmark)
  public static class Roster {
    GrowthData.Roster data;

    /**
     * Loads the store, or takes the one that the previous read loaded.
     *
     * @param params the running benchmark
     */
    @Setup(Level.Trial)
    public void load(BenchmarkParams params) {
      data = dataSet(params, Roster.class, GrowthScenario::roster);
    }
  }

  /** The published vacancies. */
  @State(Scope.Benchmark)
  public static class Openings {
    GrowthData.Openings data;

    /**
     * Loads the vacancies, or takes the ones that the previous read loaded.
     *
     * @param params the running benchmark
     */
    @Setup(Level.Trial)
    public void load(BenchmarkParams params) {
      data = dataSet(params, Openings.class, GrowthScenario::openings);
    }
  }

  /** The job alerts. */
  @State(Scope.Benchmark)
  public static class Alerts {
    GrowthData.Alerts data;

    /**
     * Loads the alerts, or takes the ones that the previous read loaded.
     *
     * @param params the running benchmark
     */
    @Setup(Level.Trial)
    public void load(BenchmarkParams params) {
      data = dataSet(params, Alerts.class, GrowthScenario::alerts);
    }
  }

  /**
   * The focal point's pending-requests page (50 rows) in "Manage my users".
   *
   * @param s the store
   * @return the page
   */
  @Benchmark
  public Page<RosterEntry> pendingRequestsPage(Roster s) {
    return s.data.pendingRequestsPage();
  }

  /**
   * A user's "My Requests": their affiliation and TIES requests.
   *
   * @param s the store
   * @return the lines
   */
  @Benchmark
  public List<RequestLine> myRequests(Roster s) {
    return s.data.myRequests();
  }

  /**
   * A name search in "Manage my users".
   *
   * @param s the store
   * @return the page
   */
  @Benchmark
  public Page<RosterEntry> manageMyUsersSearch(Roster s) {
    return s.data.manageMyUsersSearch();
  }

  /**
   * The public job openings searched by a keyword that {@link GrowthData#MATCHING} vacancies carry.
   *
   * @param s the store
   * @return the page
   */
  @Benchmark
  public org.memberportal.kernel.Page<JobOpening> jobOpeningsKeywordSearch(Openings s) {
    return s.data.jobOpeningsKeywordSearch();
  }

  /**
   * The first page of the public job openings, no criteria.
   *
   * @param s the store
   * @return the page
   */
  @Benchmark
  public org.memberportal.kernel.Page<JobOpening> jobOpeningsFirstPage(Openings s) {
    return s.data.jobOpeningsFirstPage();
  }

  /**
   * The alerts a newly published vacancy matches ({@link GrowthData#MATCHING} of them at every size).
   *
   * @param s the store
   * @return the matching alerts
   */
  @Benchmark
  public List<JobAlert> jobAlertMatching(Alerts s) {
    return s.data.jobAlertMatching();
  }
}
