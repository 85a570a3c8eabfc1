/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.careers;

import java.util.Map;
import org.memberportal.careers.profile.ComputerSkill;
import org.memberportal.careers.profile.Education;
import org.memberportal.careers.profile.Employment;
import org.memberportal.careers.profile.Expertise;
import org.memberportal.careers.profile.LanguageSkill;
import org.memberportal.careers.profile.ProfileEntry;
import org.memberportal.careers.profile.Publication;
import org.memberportal.careers.profile.Qualification;
import org.memberportal.careers.profile.Reference;
import org.memberportal.careers.profile.Relative;
import org.memberportal.careers.profile.Section;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Candidate Profile entry in JSON: an entry is written with its {@code section} (as every value of the library is,
 * with its accessors) and read by it, {@code {"section": "LANGUAGES", "language": "fr", ...}}, as the entry type of
 * that section. An entry without a known section is a malformed request. Spring Boot adds the module to its mapper.
 */
@Component
public class ProfileEntries extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The entry type of each section that holds entries; the other sections have a value of their own. */
  private static final Map<Section, Class<? extends ProfileEntry>> TYPES = Map.of(
      Section.LANGUAGES, LanguageSkill.class,
      Section.RELATIVES, Relative.class,
      Section.EDUCATION, Education.class,
      Section.EMPLOYMENT, Employment.class,
      Section.QUALIFICATIONS, Qualification.class,
      Section.EXPERTISE, Expertise.class,
      Section.COMPUTER_SKILLS, ComputerSkill.class,
      Section.PUBLICATIONS, Publication.class,
      Section.REFERENCES, Reference.class);

  /** Makes the module. */
  public ProfileEntries() {
    super("member-portal-profile-entries");
    addDeserializer(ProfileEntry.class, new ValueDeserializer<>() {
      @Override
      public ProfileEntry deserialize(JsonParser parser, DeserializationContext context) {
        JsonNode node = context.readTree(parser);
        String section = node.path("section").asString("");
        Class<? extends ProfileEntry> type = TYPES.entrySet().stream()
            .filter(entry -> entry.getKey().name().equals(section)).map(Map.Entry::getValue).findFirst()
            .orElse(null);
        if (type == null || !(node instanceof ObjectNode object)) {
          return context.reportInputMismatch(ProfileEntry.class, "an entry's section is one of %s",
              TYPES.keySet());
        }
        ObjectNode fields = object.deepCopy();
        fields.remove("section");
        return context.readTreeAsValue(fields, type);
      }
    });
  }
}
