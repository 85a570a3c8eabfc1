/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The operator's desk over real HTTP, signed in with the staff login: organisations entered by users reviewed,
 * merged or rejected; focal points appointed; accounts looked up, suspended, reactivated and closed. Each test
 * makes its own organisation and people, so the seeded cast stays as it was.
 */
class DeskTests extends PortalTest {

  @Test
  void theOperatorApprovesMergesAndRejectsTheOrganisationsUsersEnteredAndTheMembersLinksFollowTheMerge() {
    Client operator = operator();
    String into = organisation(operator, "SECTOR_MEMBER");
    Member cleo = member("cleo", null);
    String approved = enter(cleo, "Approved Works");
    String merged = enter(cleo, "Merged Works");
    String rejected = enter(cleo, "Rejected Works");
    assertThat(cleo.client().post("/api/me/affiliations", Map.of("organisation", merged)).status()).isEqualTo(201);

    Client.Answer waiting = operator.get("/api/desk/organisations/entered");
    assertThat(waiting.status()).as(waiting.text()).isEqualTo(200);
    assertThat(ids(waiting.json())).contains(approved, merged, rejected);

    Client.Answer approval = operator.post("/api/desk/organisations/" + approved + "/approval", Map.of());
    assertThat(approval.status()).as(approval.text()).isEqualTo(200);
    assertThat(approval.json().get("status").asString()).isEqualTo("VERIFIED");
    Client.Answer merger = operator.post("/api/desk/organisations/" + merged + "/merger", Map.of("mergeInto", into));
    assertThat(merger.status()).as(merger.text()).isEqualTo(200);
    assertThat(merger.json().get("mergedInto").asString()).isEqualTo(into);
    Client.Answer rejection = operator.post("/api/desk/organisations/" + rejected + "/rejection",
        Map.of("reason", "not an organisation"));
    assertThat(rejection.status()).as(rejection.text()).isEqualTo(200);
    assertThat(rejection.json().get("status").asString()).isEqualTo("REJECTED");

    assertThat(ids(operator.get("/api/desk/organisations/entered").json())).doesNotContain(approved, merged, rejected);
    // into a member organisation, the link became a request its focal points (none yet: the operator) decide
    Client.Answer affiliation = cleo.client().get("/api/me/affiliations");
    assertThat(affiliation.json().get(0).get("organisation").asString()).isEqualTo(into);
    assertThat(affiliation.json().get(0).get("state").asString()).isEqualTo("PENDING");
    Client.Answer pending = operator.get("/api/desk/organisations/" + into + "/users?pendingOnly=true");
    assertThat(pending.status()).as(pending.text()).isEqualTo(200);
    String request = pending.json().get("items").get(0).get("affiliation").asString();
    Client.Answer decided = operator.post("/api/desk/affiliations/" + request + "/approval", Map.of());
    assertThat(decided.status()).as(decided.text()).isEqualTo(200);
    assertThat(decided.json().get("state").asString()).isEqualTo("APPROVED");
  }

  @Test
  void theOperatorAppointsTheItuFocalPointAndSeatsATiesFocalPointWhereThereIsNoneWhoGetsTiesAccess() {
    Client operator = operator();
    String organisation = organisation(operator, "MEMBER_STATE");
    Member ida = member("ida", null);
    Client.Answer itu = operator.put("/api/desk/organisations/" + organisation + "/focal-points/itu",
        Map.of("account", ida.id()));
    assertThat(itu.status()).as(itu.text()).isEqualTo(200);
    assertThat(itu.json().get("itu").asString()).isEqualTo(ida.id());
    assertThat(itu.json().get("ties").isNull()).as(itu.text()).isTrue();

    Member tom = member("tom", organisation);
    String request = ida.client().get("/api/me/users?organisation=" + organisation + "&pendingOnly=true").json()
        .get("items").get(0).get("affiliation").asString();
    assertThat(ida.client().post("/api/me/users/affiliations/" + request + "/approval", Map.of()).status())
        .isEqualTo(200);
    Client.Answer before = tom.client().get("/api/me/ties-access");
    assertThat(before.json().get("active").asBoolean()).as(before.text()).isFalse();
    Client.Answer ties = operator.put("/api/desk/organisations/" + organisation + "/focal-points/ties",
        Map.of("account", tom.id()));
    assertThat(ties.status()).as(ties.text()).isEqualTo(200);
    assertThat(ties.json().get("ties").asString()).isEqualTo(tom.id());
    assertThat(operator.get("/api/desk/organisations/" + organisation + "/focal-points").json().get("ties")
        .asString()).isEqualTo(tom.id());
    assertThat(tom.client().get("/api/me/ties-access").json().get("active").asBoolean()).isTrue();

    Client.Answer again = operator.put("/api/desk/organisations/" + organisation + "/focal-points/ties",
        Map.of("account", ida.id()));
    assertThat(again.status()).isEqualTo(428);
    assertThat(again.json().get("reason").asString()).isEqualTo("ties.ties-focal-point-sitting");
  }

  @Test
  void theOperatorLooksAnAccountUpSuspendsItWhichEndsItsSessionsThenReactivatesAndClosesIt() {
    Client operator = operator();
    Member vera = member("vera", null);
    Client.Answer byEmail = operator.post("/api/desk/accounts/search", Map.of("email", vera.email()));
    assertThat(byEmail.status()).as(byEmail.text()).isEqualTo(200);
    assertThat(byEmail.json().get("total").asLong()).isOne();
    assertThat(byEmail.json().get("items").get(0).get("id").asString()).isEqualTo(vera.id());
    Client.Answer byName = operator.post("/api/desk/accounts/search", Map.of("name", "Lovelace", "size", 100));
    assertThat(ids(byName.json().get("items"))).contains(vera.id());
    Client.Answer both = operator.post("/api/desk/accounts/search", Map.of("email", vera.email(), "name", "Ada"));
    assertThat(both.status()).isEqualTo(422);

    String account = "/api/desk/accounts/" + vera.id();
    Client.Answer noReason = operator.post(account + "/suspension", Map.of());
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(noReason.json().get("violations").get(0).get("path").asString()).isEqualTo("reason");
    assertThat(vera.client().get("/api/me").status()).isEqualTo(200);

    Client.Answer suspended = operator.post(account + "/suspension", Map.of("reason", "reported abuse"));
    assertThat(suspended.status()).as(suspended.text()).isEqualTo(200);
    assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");
    assertThat(vera.client().get("/api/me").status()).isEqualTo(401);
    assertThat(client().post("/api/session", Map.of("email", vera.email(), "password", PASSWORD)).json()
        .get("outcome").asString()).isEqualTo("rejected");

    Client.Answer reactivated = operator.post(account + "/reactivation", Map.of("reason", "cleared"));
    assertThat(reactivated.json().get("status").asString()).isEqualTo("ACTIVE");
    Client again = client();
    assertThat(again.post("/api/session", Map.of("email", vera.email(), "password", PASSWORD)).json()
        .get("outcome").asString()).isEqualTo("signed-in");
    Client.Answer closed = operator.post(account + "/closure", Map.of("reason", "asked to leave"));
    assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
    assertThat(again.get("/api/me").status()).isEqualTo(401);
  }

  @Test
  void theDeskIsTheOperatorsOnly() {
    Member mallory = member("mallory", null);
    Client.Answer member = mallory.client().get("/api/desk/organisations/entered");
    assertThat(member.status()).isEqualTo(403);
    Client.Answer anonymous = client().post("/api/desk/accounts/" + mallory.id() + "/suspension",
        Map.of("reason", "x"));
    assertThat(anonymous.status()).isEqualTo(401);
    Client recruiter = client();
    recruiter.post("/api/staff/session", Map.of("username", "recruiter", "password", "Recruiter-Demo-1"));
    assertThat(recruiter.post("/api/desk/accounts/search", Map.of("email", mallory.email())).status())
        .isEqualTo(403);
    assertThat(mallory.client().get("/api/me").status()).isEqualTo(200);
  }

  /** A signed-in person: the client, the account's id, the address. */
  record Member(Client client, String id, String email) {}

  Client operator() {
    Client operator = client();
    Client.Answer answer = operator.post("/api/staff/session",
        Map.of("username", "operator", "password", "Operator-Demo-1"));
    assertThat(answer.json().get("role").asString()).as(answer.text()).isEqualTo("OPERATOR");
    return operator;
  }

  /** Signs a person up (with an affiliation request when an organisation is given), verifies and signs in. */
  Member member(String name, String organisation) {
    Client client = client();
    String email = address(name);
    long seen = mailsTo(email);
    Map<String, Object> form = new HashMap<>(signUpForm(email));
    if (organisation != null) {
      form.put("organisation", organisation);
    }
    assertThat(client.post("/api/accounts", form).status()).isEqualTo(202);
    String id = client.post("/api/accounts/verification", Map.of("email", email, "code", nextCode(email, seen)))
        .json().get("id").asString();
    assertThat(client.post("/api/session", Map.of("email", email, "password", PASSWORD)).json().get("outcome")
        .asString()).isEqualTo("signed-in");
    return new Member(client, id, email);
  }

  /** A record of the directory the operator adds. */
  static String organisation(Client operator, String membershipType) {
    Client.Answer answer = operator.post("/api/desk/organisations", Map.of("name",
        "Desk " + UUID.randomUUID(), "membershipType", membershipType, "country", "FR"));
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    assertThat(answer.json().get("status").asString()).isEqualTo("VERIFIED");
    return answer.json().get("id").asString();
  }

  static String enter(Member member, String name) {
    Client.Answer answer = member.client().post("/api/me/organisations",
        Map.of("name", name + " " + UUID.randomUUID(), "country", "FR"));
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    return answer.json().get("id").asString();
  }

  static List<String> ids(JsonNode items) {
    return items.valueStream().map(item -> item.get("id").asString()).toList();
  }
}
