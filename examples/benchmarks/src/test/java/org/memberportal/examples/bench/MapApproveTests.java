/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outbox;

/**
 * B2's floor is only a floor if it does what the library does: the same approved request, the same audit event
 * and the same letter, and the same refusals.
 */
class MapApproveTests {

  private final World world = new World();
  private final Affiliation first = world.pendingRequest("Ada", "Lovelace");
  private final Affiliation second = world.pendingRequest("Alan", "Turing");
  private final MapApprove floor = new MapApprove(world, List.of(first, second));

  @Test
  void approvesAsTheLibraryDoes() {
    Affiliation byLibrary = world.module.affiliations().approve(decide(first), world.asFocalPoint).value();
    Affiliation byFloor = floor.approve(decide(second), world.asFocalPoint);

    assertThat(byFloor).usingRecursiveComparison()
        .ignoringFields("id", "account", "requestedAt", "submittedAt", "decidedAt")
        .isEqualTo(byLibrary);
    assertThat(floor.trail("affiliation:" + second.id())).singleElement()
        .isInstanceOfSatisfying(AffiliationEvent.Approved.class, e -> assertThat(e.decidedBy()).isEqualTo(world.focalPoint.id()));
    Notification fromLibrary = letter("affiliation.approved:" + first.id() + ":" + first.account());
    Notification fromFloor = floor.letter("affiliation.approved:" + second.id() + ":" + second.account());
    assertThat(fromFloor.kind()).isEqualTo(fromLibrary.kind());
    assertThat(fromFloor.locale()).isEqualTo(fromLibrary.locale());
    assertThat(fromFloor.parameters()).containsOnlyKeys(fromLibrary.parameters().keySet())
        .containsEntry("requesterName", "Alan Turing").containsEntry("affiliationId", second.id().toString())
        .containsEntry("organisationName", fromLibrary.parameters().get("organisationName"));
  }

  @Test
  void refusesWhatTheLibraryRefuses() {
    floor.approve(decide(first), world.asFocalPoint);

    assertThatThrownBy(() -> floor.approve(decide(first), world.asFocalPoint)).isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> floor.approve(decide(second), Actor.account(second.account())))
        .isInstanceOf(NotAllowed.class);
  }

  private static DecideAffiliation decide(Affiliation a) {
    return DecideAffiliation.builder().affiliation(a.id()).build();
  }

  private Notification letter(String key) {
    return world.kernel.outbox().entries().stream().map(Outbox.Entry::notification)
        .filter(n -> n.idempotencyKey().equals(key)).findFirst().orElseThrow();
  }
}
