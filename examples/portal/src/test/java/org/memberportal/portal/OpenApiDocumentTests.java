/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.portal.json.Reads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed OpenAPI document (docs/openapi.json) is the one the code generates: this test fails when they
 * drift; {@code -Dopenapi.write=true} rewrites the file (the README gives the one command). And the document says
 * what the API does: only {@code /api/**}, commands as bodies, ids as strings, secrets write-only, refusals as
 * problem details with their violations.
 */
class OpenApiDocumentTests extends PortalTest {

  static final Path DOCUMENT = Path.of("../../docs/openapi.json");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping endpoints;

  @Test
  void theCommittedDocumentIsTheOneTheCodeGenerates() throws IOException {
    Client.Answer served = client().get("/v3/api-docs");
    assertThat(served.status()).as(served.text()).isEqualTo(200);
    String generated = served.text().strip() + "\n";
    if (Boolean.getBoolean("openapi.write")) {
      Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
    }
    assertThat(DOCUMENT).as("docs/openapi.json; regenerate it with -Dopenapi.write=true (see the README)").exists();
    JsonMapper json = JsonMapper.builder().build();
    assertThat(json.readTree(Files.readString(DOCUMENT, StandardCharsets.UTF_8)))
        .as("docs/openapi.json is the document the code generates; regenerate it with -Dopenapi.write=true "
            + "(see the README)")
        .isEqualTo(served.json());
  }

  @Test
  void theDocumentIsOpenApi31AndDescribesTheApiOnly() {
    JsonNode document = client().get("/v3/api-docs").json();
    assertThat(document.get("openapi").asString()).startsWith("3.1");
    assertThat(document.get("paths").propertyNames()).isNotEmpty().allMatch(path -> path.startsWith("/api/"))
        .contains("/api/accounts", "/api/desk/accounts/search", "/api/desk/organisations/{organisation}/merger");
  }

  @Test
  void bodiesAreTheCommandsWithIdsAsStringsAndSecretsWriteOnly() {
    JsonNode document = client().get("/v3/api-docs").json();
    JsonNode signUp = body(document, "/api/accounts", "post");
    assertThat(signUp.get("properties").propertyNames()).contains("email", "firstName", "password",
        "termsAccepted");
    assertThat(signUp.at("/properties/password/writeOnly").asBoolean()).isTrue();
    assertThat(signUp.get("required").valueStream().map(JsonNode::asString)).contains("email", "password");
    JsonNode merger = body(document, "/api/desk/organisations/{organisation}/merger", "post");
    assertThat(merger.get("properties").propertyNames()).containsExactlyInAnyOrder("mergeInto", "reason");
    assertThat(merger.at("/properties/mergeInto/type").asString()).isEqualTo("string");
    assertThat(merger.at("/properties/mergeInto/format").asString()).isEqualTo("uuid");
    JsonNode organisation = document.at("/components/schemas/Organisation");
    assertThat(organisation.get("properties").propertyNames()).contains("id", "name", "status", "mergedInto");
    assertThat(organisation.at("/properties/id/type").asString()).isEqualTo("string");
    assertThat(document.get("components").get("schemas").properties())
        .allSatisfy(schema -> assertThat(schema.getValue().has("properties") || !schema.getValue().path("type")
            .asString().equals("object")).as(schema.getKey() + " is not an empty object").isTrue());
    assertThat(document.toString()).doesNotContain("passwordHash", "tokenHash");
  }

  @Test
  void everyRefusalIsProblemDetailsWithItsViolations() {
    JsonNode document = client().get("/v3/api-docs").json();
    JsonNode problem = document.at("/components/schemas/Problem");
    assertThat(problem.get("properties").propertyNames()).contains("type", "title", "status", "detail", "code",
        "reason", "details", "violations");
    assertThat(document.at("/components/schemas/Violation/required").toString()).contains("path", "code",
        "message");
    assertThat(document.at("/paths/~1api~1desk~1accounts~1search/post/responses/default/content")
        .has("application/problem+json")).isTrue();
  }

  @Test
  void everyEndpointThatReadsAJsonBodyNamesItsCommand() {
    List<String> unnamed = endpoints.getHandlerMethods().entrySet().stream()
        .filter(e -> Arrays.stream(e.getValue().getMethodParameters())
            .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class) && p.getParameterType() == JsonNode.class))
        .filter(e -> !e.getValue().hasMethodAnnotation(Reads.class))
        .map(e -> e.getKey().toString()).toList();
    assertThat(unnamed).as("endpoints reading a JsonNode body without @Reads (the document cannot describe it)")
        .isEmpty();
  }

  private static JsonNode body(JsonNode document, String path, String method) {
    return document.get("paths").get(path).get(method).at("/requestBody/content/application~1json/schema");
  }
}
