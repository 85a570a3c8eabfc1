/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.PortalException;
import org.memberportal.ties.access.RemoveTiesAccess;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.handover.ConfirmTiesHandOver;
import org.memberportal.ties.handover.HandOverPreview;
import org.memberportal.ties.handover.PrepareTiesHandOver;
import org.memberportal.ties.testkit.TiesWorld;
import org.slf4j.LoggerFactory;

/** X6: no token, email address or name in clear in logs, events, {@code toString()} or exception messages. */
class PrivacyTests {

  private final Logger logger = (Logger) LoggerFactory.getLogger("org.memberportal");
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Level level;

  @BeforeEach
  void capture() {
    level = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    logs.start();
    logger.addAppender(logs);
  }

  @AfterEach
  void release() {
    logger.detachAppender(logs);
    logger.setLevel(level);
  }

  @Test
  void noSecretOrPersonalDataLeavesThroughLogsEventsOrMessages() {
    TiesWorld world = TiesWorld.create();
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.tiesUser(org, "Ana", "Silva");
    HandOverPreview preview = world.ties.focalPoints().prepare(PrepareTiesHandOver.builder()
        .organisation(org.organisation().id()).successor(user.id()).build(), TiesWorld.as(org.ties())).value();
    String token = preview.token().reveal();
    PortalException refused = catchRefusal(() -> world.ties.focalPoints().confirm(
        ConfirmTiesHandOver.builder().token(preview.token()).build(), TiesWorld.as(org.itu())));
    world.ties.focalPoints().confirm(ConfirmTiesHandOver.builder().token(preview.token()).build(),
        TiesWorld.as(org.ties()));
    assertThatThrownBy(() -> world.access().remove(RemoveTiesAccess.builder().account(user.id()).build(),
        TiesWorld.as(org.itu()))).isInstanceOf(PortalException.class);
    TiesAccount t = world.register.find(user.id()).orElseThrow();

    List<String> forbidden = List.of(token, user.email().display(), org.ties().email().display(), "Silva");
    List<String> texts = new ArrayList<>();
    logs.list.forEach(e -> texts.add(e.getFormattedMessage()));
    world.events().forEach(e -> texts.add(e.toString()));
    texts.add(preview.toString());
    texts.add(t.toString());
    texts.add(ConfirmTiesHandOver.builder().token(preview.token()).build().toString());
    texts.add(refused.getMessage());

    assertThat(logs.list).isNotEmpty();
    assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(forbidden.toArray(String[]::new)));
  }

  private static PortalException catchRefusal(Runnable command) {
    try {
      command.run();
    } catch (PortalException e) {
      return e;
    }
    throw new AssertionError("the command should have been refused");
  }
}
