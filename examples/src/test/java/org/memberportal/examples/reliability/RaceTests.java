package org.memberportal.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountEvent;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.EmailVerified;
import org.memberportal.account.ForgotPassword;
import org.memberportal.account.ResetPassword;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.VerifyEmail;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.affiliation.focalpoint.FocalPointChanged;
import org.memberportal.affiliation.focalpoint.HandOverTiesFocalPoint;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationApproved;
import org.memberportal.affiliation.membership.AffiliationRejected;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;
import org.memberportal.ties.handover.ConfirmTiesHandOver;
import org.memberportal.ties.handover.PrepareTiesHandOver;
import org.memberportal.ties.handover.TiesFocalPointHandedOver;

/**
 * Exactly one winner when commands contend, on the in-memory adapters, many times over: contenders start
 * together behind a latch on a thread pool; the losers get the library's typed refusal and the store holds one
 * result.
 */
class RaceTests {

  private static final int REPETITIONS = 200;
  private static final int CONTENDERS = 6;
  private static final Map<String, String> RESULTS = new ConcurrentHashMap<>();
  private static final AtomicLong CALLS = new AtomicLong();
  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(CONTENDERS);
  }

  /** Runs the contenders together; each answers its attempt. */
  private static <T> List<Portal.Attempt<Object>> race(Portal portal, int contenders,
      Function<Integer, Callable<Object>> contender) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Portal.Attempt<Object>>> futures = new ArrayList<>();
    for (int i = 0; i < contenders; i++) {
      Callable<Object> call = contender.apply(i);
      futures.add(pool.submit(() -> {
        start.await();
        return portal.attempt("contender", () -> {
          try {
            return call.call();
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
      }));
    }
    start.countDown();
    List<Portal.Attempt<Object>> out = new ArrayList<>();
    for (Future<Portal.Attempt<Object>> f : futures) {
      out.add(f.get(30, TimeUnit.SECONDS));
    }
    CALLS.addAndGet(contenders);
    return out;
  }

  private static long winners(List<Portal.Attempt<Object>> attempts) {
    return attempts.stream().filter(Portal.Attempt::succeeded).count();
  }

  @Test
  void sameEmailSignUpsCreateExactlyOneAccount() throws Exception {
    for (int r = 0; r < REPETITIONS; r++) {
      Portal portal = new Portal();
      String email = Portal.uniqueEmail("race");
      List<Portal.Attempt<Object>> attempts = race(portal, CONTENDERS, i -> () -> portal.accounts.signUp(
          portal.signUpForm(i % 2 == 0 ? email : email.toUpperCase(java.util.Locale.ROOT), Portal.PASSWORD),
          Actor.anonymous()));

      assertThat(attempts).as("every sign-up answers the same acknowledgement").allMatch(Portal.Attempt::succeeded);
      assertThat(portal.accountStore.size()).isEqualTo(1);
      assertThat(portal.events()).filteredOn(AccountEvent.SignedUp.class::isInstance).hasSize(1);
      portal.audit();
    }
    RESULTS.put("same-email sign-up (" + CONTENDERS + " at once, half in upper case)",
        "one account and one `SignedUp` each time; every contender got the uniform acknowledgement");
  }

  @Test
  void twoFocalPointsDecidingOneRequestLeaveOneDecision() throws Exception {
    for (int r = 0; r < REPETITIONS; r++) {
      Portal portal = new Portal();
      Portal.Staffed org = portal.staffed("Swisscom");
      AccountSummary user = portal.activeAccount("user");
      Affiliation request = portal.request(user, org.organisation());
      DecideAffiliation decide = DecideAffiliation.builder().affiliation(request.id()).build();
      List<Portal.Attempt<Object>> attempts = race(portal, 2, i -> () -> i == 0
          ? portal.affiliation.affiliations().approve(decide, Portal.as(org.ties()))
          : portal.affiliation.affiliations().reject(decide, Portal.as(org.itu())));

      assertThat(winners(attempts)).isEqualTo(1);
      assertThat(attempts).filteredOn(a -> !a.succeeded())
          .allMatch(a -> a.failure().orElseThrow() instanceof Conflict);
      assertThat(portal.events().stream().filter(e -> e instanceof AffiliationApproved
          || e instanceof AffiliationRejected).filter(e -> e.subject().equals("affiliation:" + request.id())))
          .hasSize(1);
      portal.audit();
    }
    RESULTS.put("two focal points deciding one request (approve vs reject)",
        "one decision stands, one event; the other focal point gets `conflict`");
  }

  @Test
  void oneVerificationCodeVerifiesOnce() throws Exception {
    for (int r = 0; r < REPETITIONS; r++) {
      Portal portal = new Portal();
      String email = Portal.uniqueEmail("code");
      portal.accounts.signUp(portal.signUpForm(email, Portal.PASSWORD), Actor.anonymous());
      Secret code = portal.lastCode(email, AccountNotifications.VERIFICATION_CODE);
      List<Portal.Attempt<Object>> attempts = race(portal, CONTENDERS, i -> () -> portal.accounts.verifyEmail(
          VerifyEmail.builder().email(email).code(code).build(), Actor.anonymous()));

      assertThat(winners(attempts)).isEqualTo(1);
      assertThat(attempts).filteredOn(a -> !a.succeeded()).allMatch(a -> a.failure().orElseThrow()
          instanceof PreconditionFailed p && p.reason().equals(UserAccounts.CODE_REJECTED));
      assertThat(portal.events()).filteredOn(EmailVerified.class::isInstance).hasSize(1);
      portal.audit();
    }
    RESULTS.put("one verification code submitted " + CONTENDERS + " times at once",
        "one verification, one `EmailVerified`; the others get `account.code-rejected`");
  }

  @Test
  void oneResetCodeResetsOnce() throws Exception {
    for (int r = 0; r < REPETITIONS; r++) {
      Portal portal = new Portal();
      AccountSummary user = portal.activeAccount("reset");
      String email = user.email().display();
      portal.accounts.forgotPassword(ForgotPassword.builder().email(email).build(), Actor.anonymous());
      Secret code = portal.lastCode(email, AccountNotifications.RESET_CODE);
      List<Portal.Attempt<Object>> attempts = race(portal, CONTENDERS, i -> () -> portal.accounts.resetPassword(
          ResetPassword.builder().email(email).code(code).password(Secret.of(AccountFixtures.OTHER_PASSWORD))
              .passwordConfirmation(Secret.of(AccountFixtures.OTHER_PASSWORD)).build(), Actor.anonymous()));

      assertThat(winners(attempts)).isEqualTo(1);
      assertThat(portal.events()).filteredOn(AccountEvent.PasswordReset.class::isInstance).hasSize(1);
      portal.audit();
    }
    RESULTS.put("one password-reset code submitted " + CONTENDERS + " times at once",
        "one reset, one `PasswordReset`; the others get `account.code-rejected`");
  }

  @Test
  void theSittingTiesFocalPointHandsOverOnce() throws Exception {
    for (int r = 0; r < REPETITIONS; r++) {
      Portal portal = new Portal();
      Portal.Staffed org = portal.staffed("Swisscom");
      List<AccountSummary> successors = List.of(portal.tiesUser(org, "a"), portal.tiesUser(org, "b"),
          portal.tiesUser(org, "c"));
      List<Portal.Attempt<Object>> attempts = race(portal, successors.size(), i -> () -> portal.affiliation
          .focalPoints().handOverTies(HandOverTiesFocalPoint.builder().organisation(org.organisation().id())
              .successor(successors.get(i).id()).build(), Portal.as(org.ties())));

      assertThat(winners(attempts)).isEqualTo(1);
      assertThat(attempts).filteredOn(a -> !a.succeeded()).allMatch(a -> a.failure().orElseThrow()
          instanceof NotAllowed || a.failure().orElseThrow() instanceof Conflict);
      assertThat(portal.events()).filteredOn(e -> e instanceof FocalPointChanged c
          && c.subject().equals("focal-points:" + org.organisation().id())).hasSize(3);
      portal.audit();
    }
    RESULTS.put("the sitting TIES focal point handing the seat to 3 successors at once",
        "one hand-over; the others are refused (the actor no longer holds the seat)");
  }

  @Test
  void oneHandOverTokenConfirmsOnce() throws Exception {
    for (int r = 0; r < REPETITIONS; r++) {
      Portal portal = new Portal();
      Portal.Staffed org = portal.staffed("Swisscom");
      AccountSummary successor = portal.tiesUser(org, "successor");
      Secret token = portal.ties.focalPoints().prepare(PrepareTiesHandOver.builder()
          .organisation(org.organisation().id()).successor(successor.id()).build(), Portal.as(org.ties()))
          .value().token();
      Evidence.secret(token.reveal());
      List<Portal.Attempt<Object>> attempts = race(portal, CONTENDERS, i -> () -> portal.ties.focalPoints().confirm(
          ConfirmTiesHandOver.builder().token(token).build(), Portal.as(org.ties())));

      assertThat(winners(attempts)).isEqualTo(1);
      assertThat(portal.affiliation.focalPoints().seatsOf(org.organisation().id()).ties()).contains(successor.id());
      assertThat(portal.events()).filteredOn(TiesFocalPointHandedOver.class::isInstance).hasSize(1);
      portal.audit();
    }
    RESULTS.put("one TIES hand-over token confirmed " + CONTENDERS + " times at once (ties-core, T4)",
        "one hand-over, one `TiesFocalPointHandedOver`; the others are refused");
  }

  @AfterAll
  static void report() throws InterruptedException {
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    StringBuilder md = new StringBuilder("## Races\n\n");
    md.append("Contenders start together (a latch, a pool of ").append(CONTENDERS)
        .append(" threads) on the in-memory adapters; each race is repeated ").append(REPETITIONS)
        .append(" times on a fresh portal. ").append(String.format("**%,d contending calls**.", CALLS.get()))
        .append(" The modules' stores have no PostgreSQL adapters yet (examples has the kernel's transactions, ")
        .append("outbox and event log on PostgreSQL); these races will run on them when they exist.\n\n")
        .append("| race | what held every time |\n|---|---|\n");
    new java.util.TreeMap<>(RESULTS).forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v)
        .append(" |\n"));
    Report.section("5-races", md.toString());
    assertThat(Evidence.hits()).isEmpty();
  }
}
