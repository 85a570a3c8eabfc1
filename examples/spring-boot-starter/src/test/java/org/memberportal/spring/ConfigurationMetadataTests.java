/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The configuration metadata that the build generates from {@link MemberPortalProperties}: every property under
 * {@code member-portal} is there with a description (what IDEs show) in plain words, and with its default.
 */
class ConfigurationMetadataTests {

  @Test
  void everyPropertyHasADescriptionInPlainWords() throws IOException {
    JsonNode metadata;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the generated metadata").isNotNull();
      metadata = new ObjectMapper().readTree(in);
    }
    List<String> names = new ArrayList<>();
    for (JsonNode property : metadata.get("properties")) {
      String name = property.get("name").asText();
      names.add(name);
      assertThat(name).startsWith("member-portal.");
      assertThat(property.path("description").asText()).as(name).isNotBlank().doesNotContain("{@");
    }
    assertThat(names).contains("member-portal.schema.migrate", "member-portal.accounts.unverified-lifetime",
        "member-portal.accounts.password-profile", "member-portal.accounts.code-validity",
        "member-portal.affiliation.remind-after", "member-portal.affiliation.escalate-after",
        "member-portal.ties.hand-over-lifetime", "member-portal.careers.cut-over", "member-portal.careers.retention",
        "member-portal.jobs.enabled", "member-portal.jobs.relay", "member-portal.jobs.close-due-vacancies",
        "member-portal.jobs.expire-unverified", "member-portal.jobs.affiliation-reminders",
        "member-portal.mail.from", "member-portal.languages", "member-portal.fallback-language");
  }
}
